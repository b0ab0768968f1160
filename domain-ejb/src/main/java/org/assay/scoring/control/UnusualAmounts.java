package org.assay.scoring.control;

/**
 * CP 10, entry level: s = clamp((|z| − 3) / 3, 0, 1) with z the robust log-amount z-score of {@link
 * AmountStatistics}, so |z| = 3 gives 0 and |z| = 6 gives 1. Amounts below 1.00 score 0.
 */
final class UnusualAmounts implements ControlPointScorer {

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.UNUSUAL_AMOUNT;
    }

    @Override
    public short[] score(ScoringContext context) {
        AmountStatistics amounts = context.amounts();
        short[] scores = new short[context.ledger().lineCount()];
        for (int line = 0; line < scores.length; line++) {
            scores[line] = basisPoints((amounts.absZ(line) - 3) / 3);
        }
        return scores;
    }
}
