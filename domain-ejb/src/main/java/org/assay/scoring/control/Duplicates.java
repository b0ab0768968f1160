package org.assay.scoring.control;

/**
 * CP 8, scored per entry. Entry rule: key = (account, debit/credit side, absCents, effectiveDate); s = 1 if the key
 * occurs in two or more different transactions. Transaction rule: s = 1 if another transaction has the same
 * multiset of (account, amountCents) within ±3 effective days; every line of such a transaction inherits it, so a
 * line scores the maximum of both rules and the transaction (the maximum over its lines) fails on either.
 */
final class Duplicates implements ControlPointScorer {

    private static final int WINDOW_DAYS = 3;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.DUPLICATE;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        short[] scores = new short[ledger.lineCount()];
        markRepeatedKeys(ledger, scores);
        boolean[] duplicated = duplicatedTransactions(context);
        for (int line = 0; line < scores.length; line++) {
            if (duplicated[ledger.transaction(line)]) {
                scores[line] = FULL;
            }
        }
        return scores;
    }

    private static void markRepeatedKeys(Ledger ledger, short[] scores) {
        int lines = ledger.lineCount();
        long[] hash = new long[lines];
        for (int line = 0; line < lines; line++) {
            hash[line] = Mix.hash(Mix.hash(ledger.accountId(line), ledger.amountCents(line) > 0 ? 1 : 0),
                    Mix.hash(ledger.absCents(line), ledger.effectiveDay(line)));
        }
        IndexSort.IndexComparator byKey = (a, b) -> compareKeys(ledger, hash, a, b);
        int[] order = IndexSort.sorted(lines, byKey);
        int start = 0;
        for (int i = 1; i <= lines; i++) {
            if (i == lines || byKey.compare(order[start], order[i]) != 0) {
                // Within a group lines are in index order, so several transactions show as different ends.
                if (ledger.transaction(order[start]) != ledger.transaction(order[i - 1])) {
                    for (int k = start; k < i; k++) {
                        scores[order[k]] = FULL;
                    }
                }
                start = i;
            }
        }
    }

    private static int compareKeys(Ledger ledger, long[] hash, int a, int b) {
        int cmp = Long.compare(hash[a], hash[b]);
        if (cmp == 0) {
            cmp = Integer.compare(ledger.accountId(a), ledger.accountId(b));
        }
        if (cmp == 0) {
            cmp = Boolean.compare(ledger.amountCents(a) > 0, ledger.amountCents(b) > 0);
        }
        if (cmp == 0) {
            cmp = Long.compare(ledger.absCents(a), ledger.absCents(b));
        }
        return cmp != 0 ? cmp : Integer.compare(ledger.effectiveDay(a), ledger.effectiveDay(b));
    }

    private static boolean[] duplicatedTransactions(ScoringContext context) {
        TransactionSignatures signatures = context.signatures();
        TransactionFacts facts = context.facts();
        boolean[] duplicated = new boolean[context.ledger().transactionCount()];
        for (int tx = 0; tx < duplicated.length; tx++) {
            if (!duplicated[tx] && !signatures.isEmpty(tx)) {
                int day = facts.effectiveDay(tx);
                int current = tx;
                signatures.forEachMatch(tx, 1, day - WINDOW_DAYS, day + WINDOW_DAYS, (other, otherDay) -> {
                    duplicated[current] = true;
                    duplicated[other] = true;
                    return false;
                });
            }
        }
        return duplicated;
    }
}
