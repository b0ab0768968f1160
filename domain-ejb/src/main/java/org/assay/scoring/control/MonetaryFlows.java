package org.assay.scoring.control;

import java.util.Arrays;

/**
 * The monetary flows of every transaction (analytics.md §1.1), and in how many transactions each flow occurs.
 * Per transaction, lines are debits (amount > 0) or credits (amount < 0); zero lines carry no money:
 * <ol>
 * <li>each debit, in line order, pairs with the first unpaired credit of equal amount: one flow each pair;</li>
 * <li>the leftover (orphan) lines are spread over each other in line order, each debit feeding the next credits
 * until its amount is used up (a transport in north-west-corner order: deterministic, and at most
 * debits + credits − 1 flows, where spreading every orphan over every other would grow quadratically);</li>
 * <li>whatever money is then still left on one side has no counterpart and flows to or from the "Unknown"
 * account: the transaction has an unknown flow. That happens exactly when Σdebit ≠ Σcredit or one side is
 * empty.</li>
 * </ol>
 * A flow is (debit account → credit account); unknown flows are not counted or stored.
 */
final class MonetaryFlows {

    private final int[] flowStart;
    private final long[] flowKeys;
    private final boolean[] unknownFlow;
    private final long[] distinctKeys;
    private final int[] transactionsWithKey;

    MonetaryFlows(Ledger ledger) {
        int transactions = ledger.transactionCount();
        flowStart = new int[transactions + 1];
        unknownFlow = new boolean[transactions];
        FlowCollector collector = new FlowCollector(ledger);
        for (int tx = 0; tx < transactions; tx++) {
            unknownFlow[tx] = collector.collect(tx);
            flowStart[tx + 1] = collector.size();
        }
        flowKeys = collector.keys();
        long[] sorted = flowKeys.clone();
        Arrays.sort(sorted);
        int distinct = 0;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinct++;
            }
        }
        distinctKeys = new long[distinct];
        transactionsWithKey = new int[distinct];
        int slot = -1;
        for (int i = 0; i < sorted.length; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                distinctKeys[++slot] = sorted[i];
            }
            transactionsWithKey[slot]++;
        }
    }

    static long key(int debitAccount, int creditAccount) {
        return (long) debitAccount << 32 | creditAccount;
    }

    /** True when some money of the transaction flows to or from the "Unknown" account. */
    boolean unknownFlow(int tx) {
        return unknownFlow[tx];
    }

    /** The number of transactions holding the transaction's rarest flow; 0 when it has no flow. */
    int rarestFlowCount(int tx) {
        int rarest = 0;
        for (int i = flowStart[tx]; i < flowStart[tx + 1]; i++) {
            int count = transactionsWithKey[Arrays.binarySearch(distinctKeys, flowKeys[i])];
            rarest = rarest == 0 ? count : Math.min(rarest, count);
        }
        return rarest;
    }

    /** Builds each transaction's distinct flows into one growing array. */
    private static final class FlowCollector {

        private final Ledger ledger;
        private long[] keys = new long[1024];
        private int size;
        private int[] debits = new int[16];
        private int[] credits = new int[16];
        private long[] remaining = new long[16];

        FlowCollector(Ledger ledger) {
            this.ledger = ledger;
        }

        /** Adds the transaction's flows; returns whether some of its money flows to or from "Unknown". */
        boolean collect(int tx) {
            int lines = ledger.lineCountOf(tx);
            if (lines > remaining.length) {
                debits = new int[lines];
                credits = new int[lines];
                remaining = new long[lines];
            }
            int debitCount = 0;
            int creditCount = 0;
            for (int k = 0; k < lines; k++) {
                int line = ledger.lineOf(tx, k);
                long amount = ledger.amountCents(line);
                remaining[k] = Math.abs(amount);
                if (amount > 0) {
                    debits[debitCount++] = k;
                } else if (amount < 0) {
                    credits[creditCount++] = k;
                }
            }
            int from = size;
            pairEqualAmounts(tx, debitCount, creditCount);
            boolean unknown = spreadOrphans(tx, debitCount, creditCount);
            Arrays.sort(keys, from, size);
            size = from + dedupe(from);
            return unknown;
        }

        private void pairEqualAmounts(int tx, int debitCount, int creditCount) {
            for (int d = 0; d < debitCount; d++) {
                for (int c = 0; c < creditCount; c++) {
                    if (remaining[credits[c]] != 0 && remaining[credits[c]] == remaining[debits[d]]) {
                        add(tx, debits[d], credits[c]);
                        remaining[debits[d]] = 0;
                        remaining[credits[c]] = 0;
                        break;
                    }
                }
            }
        }

        private boolean spreadOrphans(int tx, int debitCount, int creditCount) {
            int d = nextOrphan(debits, debitCount, 0);
            int c = nextOrphan(credits, creditCount, 0);
            while (d < debitCount && c < creditCount) {
                int debit = debits[d];
                int credit = credits[c];
                add(tx, debit, credit);
                long moved = Math.min(remaining[debit], remaining[credit]);
                remaining[debit] -= moved;
                remaining[credit] -= moved;
                d = nextOrphan(debits, debitCount, d);
                c = nextOrphan(credits, creditCount, c);
            }
            return d < debitCount || c < creditCount;
        }

        private int nextOrphan(int[] side, int count, int from) {
            int i = from;
            while (i < count && remaining[side[i]] == 0) {
                i++;
            }
            return i;
        }

        private void add(int tx, int debit, int credit) {
            if (size == keys.length) {
                keys = Arrays.copyOf(keys, size * 2);
            }
            keys[size++] = key(ledger.accountId(ledger.lineOf(tx, debit)),
                    ledger.accountId(ledger.lineOf(tx, credit)));
        }

        /** Removes repeats from the sorted keys[from, size); returns how many distinct ones remain. */
        private int dedupe(int from) {
            int kept = 0;
            for (int i = from; i < size; i++) {
                if (kept == 0 || keys[i] != keys[from + kept - 1]) {
                    keys[from + kept++] = keys[i];
                }
            }
            return kept;
        }

        int size() {
            return size;
        }

        long[] keys() {
            return Arrays.copyOf(keys, size);
        }
    }
}
