package org.assay.scoring.control;

import java.util.Arrays;

/**
 * CP 5, entry level: s = 1 if absCents ≥ materiality. Without a configured materiality the threshold is the 99.5th
 * percentile of absCents (nearest rank), and never below 1 cent, so zero amounts never fail.
 */
final class HighValues implements ControlPointScorer {

    private static final double PERCENTILE = 0.995;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.HIGH_VALUE;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        long materiality = context.settings().materialityCents();
        long threshold = materiality > 0 ? materiality : Math.max(1, percentile(ledger));
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            if (ledger.absCents(line) >= threshold) {
                scores[line] = FULL;
            }
        }
        return scores;
    }

    private static long percentile(Ledger ledger) {
        int lines = ledger.lineCount();
        if (lines == 0) {
            return 0;
        }
        long[] amounts = new long[lines];
        for (int line = 0; line < lines; line++) {
            amounts[line] = ledger.absCents(line);
        }
        Arrays.sort(amounts);
        int rank = (int) Math.ceil(PERCENTILE * lines);
        return amounts[Math.max(rank, 1) - 1];
    }
}
