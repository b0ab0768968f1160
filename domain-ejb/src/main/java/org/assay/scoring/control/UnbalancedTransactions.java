package org.assay.scoring.control;

/** CP 1, transaction level: s = 1 if |Σdebit − Σcredit| > max(1 cent × line count, 1 cent). */
final class UnbalancedTransactions implements ControlPointScorer {

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.UNBALANCED_TX;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        TransactionFacts facts = context.facts();
        short[] scores = new short[ledger.transactionCount()];
        for (int tx = 0; tx < scores.length; tx++) {
            long tolerance = Math.max(ledger.lineCountOf(tx), 1);
            if (Math.abs(facts.debitCents(tx) - facts.creditCents(tx)) > tolerance) {
                scores[tx] = FULL;
            }
        }
        return scores;
    }
}
