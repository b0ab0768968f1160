package org.assay.scoring.control;

import java.util.Arrays;

/**
 * Per transaction: Σdebit, Σcredit, and its effective and entered dates, each the most frequent value over its
 * lines (the earliest on a tie), as analytics.md §5.1 defines them.
 */
final class TransactionFacts {

    private final long[] debitCents;
    private final long[] creditCents;
    private final int[] effectiveDay;
    private final int[] enteredDay;

    TransactionFacts(Ledger ledger) {
        int transactions = ledger.transactionCount();
        debitCents = new long[transactions];
        creditCents = new long[transactions];
        effectiveDay = new int[transactions];
        enteredDay = new int[transactions];
        int[] days = new int[16];
        int[] entered = new int[16];
        for (int tx = 0; tx < transactions; tx++) {
            int lines = ledger.lineCountOf(tx);
            if (lines > days.length) {
                days = new int[lines];
                entered = new int[lines];
            }
            for (int k = 0; k < lines; k++) {
                int line = ledger.lineOf(tx, k);
                debitCents[tx] += ledger.debitCents(line);
                creditCents[tx] += ledger.creditCents(line);
                days[k] = ledger.effectiveDay(line);
                entered[k] = ledger.enteredDay(line);
            }
            effectiveDay[tx] = mode(days, lines);
            enteredDay[tx] = mode(entered, lines);
        }
    }

    /** The most frequent of the first {@code count} values, the smallest on a tie; sorts them in place. */
    static int mode(int[] values, int count) {
        Arrays.sort(values, 0, count);
        int best = values[0];
        int bestRun = 0;
        int run = 0;
        for (int i = 0; i < count; i++) {
            run = i > 0 && values[i] == values[i - 1] ? run + 1 : 1;
            if (run > bestRun) {
                bestRun = run;
                best = values[i];
            }
        }
        return best;
    }

    long debitCents(int tx) {
        return debitCents[tx];
    }

    long creditCents(int tx) {
        return creditCents[tx];
    }

    int effectiveDay(int tx) {
        return effectiveDay[tx];
    }

    /** -1 when the transaction's lines mostly have no entered date. */
    int enteredDay(int tx) {
        return enteredDay[tx];
    }
}
