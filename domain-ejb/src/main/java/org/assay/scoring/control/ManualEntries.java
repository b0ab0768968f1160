package org.assay.scoring.control;

import java.util.Set;

/**
 * CP 6, transaction level: s = 1 if the source of any of the transaction's lines is one of the manual codes
 * (case-insensitive). Needs the source column. (The ledger model has no manual-flag column.)
 */
final class ManualEntries implements ControlPointScorer {

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.MANUAL_ENTRY;
    }

    @Override
    public boolean applicable(Ledger ledger) {
        return ledger.has(OptionalColumn.SOURCE);
    }

    @Override
    public short[] score(ScoringContext context) {
        boolean[] manual = context.manualTransactions();
        short[] scores = new short[manual.length];
        for (int tx = 0; tx < scores.length; tx++) {
            if (manual[tx]) {
                scores[tx] = FULL;
            }
        }
        return scores;
    }

    static boolean[] manualTransactions(Ledger ledger, Set<String> manualCodes) {
        boolean[] manualSource = new boolean[ledger.sourceCount()];
        for (int source = 0; source < manualSource.length; source++) {
            manualSource[source] = isManual(ledger.sourceName(source), manualCodes);
        }
        boolean[] manual = new boolean[ledger.transactionCount()];
        for (int line = 0; line < ledger.lineCount(); line++) {
            int source = ledger.sourceId(line);
            if (source >= 0 && manualSource[source]) {
                manual[ledger.transaction(line)] = true;
            }
        }
        return manual;
    }

    private static boolean isManual(String source, Set<String> manualCodes) {
        String trimmed = source.trim();
        return manualCodes.stream().anyMatch(code -> code.equalsIgnoreCase(trimmed));
    }
}
