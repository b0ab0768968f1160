package org.assay.scoring.control;

/**
 * CP 4, entry level: s = 1 if absCents ≥ 1,000.00 and a whole thousand; s = 0.5 if absCents ≥ 100.00 and a whole
 * hundred; zero amounts score 0.
 */
final class RoundAmounts implements ControlPointScorer {

    private static final long THOUSAND = 1_000_00;
    private static final long HUNDRED = 100_00;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.ROUND_AMOUNT;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            scores[line] = score(ledger.absCents(line));
        }
        return scores;
    }

    static short score(long absCents) {
        if (absCents >= THOUSAND && absCents % THOUSAND == 0) {
            return FULL;
        }
        return absCents >= HUNDRED && absCents % HUNDRED == 0 ? HALF : 0;
    }
}
