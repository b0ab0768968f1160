package org.assay.scoring.control;

/**
 * CP 9, transaction level: s = 1 if an earlier transaction, effective at most 45 days before, has the same multiset
 * of (account, −amountCents) and the pair straddles a fiscal period end; s = 0.5 if the pair lies inside one
 * period. "Earlier" is by effective date, and by arrival for two transactions of the same day.
 */
final class Reversals implements ControlPointScorer {

    private static final int WINDOW_DAYS = 45;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.REVERSAL;
    }

    @Override
    public short[] score(ScoringContext context) {
        TransactionSignatures signatures = context.signatures();
        TransactionFacts facts = context.facts();
        FiscalCalendar calendar = context.calendar();
        short[] scores = new short[context.ledger().transactionCount()];
        for (int tx = 0; tx < scores.length; tx++) {
            if (signatures.isEmpty(tx)) {
                continue;
            }
            int day = facts.effectiveDay(tx);
            int current = tx;
            signatures.forEachMatch(tx, -1, day - WINDOW_DAYS, day, (other, otherDay) -> {
                if (otherDay < day || other < current) {
                    boolean straddles = calendar.periodEnd(otherDay) != calendar.periodEnd(day);
                    scores[current] = (short) Math.max(scores[current], straddles ? FULL : HALF);
                }
                return scores[current] < FULL;
            });
        }
        return scores;
    }
}
