package org.assay.scoring.control;

/**
 * CP 7, entry level: s = 1 if the memo contains, as a word, any word or phrase of the configured list; s = 0.5 if
 * the memo is blank on a manual transaction (one that fails MANUAL_ENTRY; never without a source column). Needs
 * the memo column.
 */
final class SuspiciousMemos implements ControlPointScorer {

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.MEMO_KEYWORD;
    }

    @Override
    public boolean applicable(Ledger ledger) {
        return ledger.has(OptionalColumn.MEMO);
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        boolean[] suspicious = suspiciousMemos(ledger, new KeywordMatcher(context.settings().memoKeywords()));
        boolean[] manual = context.manualTransactions();
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            int memo = ledger.memoId(line);
            if (memo >= 0 && suspicious[memo]) {
                scores[line] = FULL;
            } else if (manual[ledger.transaction(line)] && (memo < 0 || ledger.memoText(memo).isBlank())) {
                scores[line] = HALF;
            }
        }
        return scores;
    }

    /** Per distinct memo, so each text is read once however many lines carry it. */
    private static boolean[] suspiciousMemos(Ledger ledger, KeywordMatcher keywords) {
        boolean[] suspicious = new boolean[ledger.memoCount()];
        for (int memo = 0; memo < suspicious.length; memo++) {
            suspicious[memo] = keywords.matches(ledger.memoText(memo));
        }
        return suspicious;
    }
}
