package org.assay.scoring.control;

import java.util.Arrays;
import java.util.Comparator;

/**
 * Finds transactions with the same multiset of (account, amountCents) lines, or its negation, within a window of
 * effective days: the transaction-level DUPLICATE rule and REVERSAL. A transaction's signature is the sum of its
 * lines' hashes (order-free, so equal multisets collide by construction); candidates found through signatures are
 * confirmed line by line, so a hash collision never scores.
 */
final class TransactionSignatures {

    /** Receives each confirmed match; returns false to stop the search. */
    @FunctionalInterface
    interface MatchVisitor {
        boolean visit(int other, int otherDay);
    }

    private final Ledger ledger;
    private final TransactionFacts facts;
    private final long[] signature;
    private final long[] negatedSignature;
    /** Transactions ordered by (signature, effective day, index), with those keys alongside. */
    private final int[] order;
    private final long[] orderedSignature;
    private final int[] orderedDay;

    TransactionSignatures(Ledger ledger, TransactionFacts facts) {
        this.ledger = ledger;
        this.facts = facts;
        int transactions = ledger.transactionCount();
        signature = new long[transactions];
        negatedSignature = new long[transactions];
        for (int line = 0; line < ledger.lineCount(); line++) {
            int tx = ledger.transaction(line);
            signature[tx] += Mix.hash(ledger.accountId(line), ledger.amountCents(line));
            negatedSignature[tx] += Mix.hash(ledger.accountId(line), -ledger.amountCents(line));
        }
        order = IndexSort.sorted(transactions, (a, b) -> {
            int bySignature = Long.compare(signature[a], signature[b]);
            return bySignature != 0 ? bySignature : Integer.compare(facts.effectiveDay(a), facts.effectiveDay(b));
        });
        orderedSignature = new long[transactions];
        orderedDay = new int[transactions];
        for (int i = 0; i < transactions; i++) {
            orderedSignature[i] = signature[order[i]];
            orderedDay[i] = facts.effectiveDay(order[i]);
        }
    }

    /** Other transactions with the same lines (sign 1) or the negated lines (sign -1), effective in [from, to]. */
    void forEachMatch(int tx, int sign, int fromDay, int toDay, MatchVisitor visitor) {
        long wanted = sign > 0 ? signature[tx] : negatedSignature[tx];
        int i = firstAtOrAfter(wanted, fromDay);
        for (; i < order.length && orderedSignature[i] == wanted && orderedDay[i] <= toDay; i++) {
            int other = order[i];
            if (other != tx && sameLines(tx, other, sign) && !visitor.visit(other, orderedDay[i])) {
                return;
            }
        }
    }

    /** True when the transaction has no money in it: it matches everything of its accounts and says nothing. */
    boolean isEmpty(int tx) {
        return facts.debitCents(tx) == 0 && facts.creditCents(tx) == 0;
    }

    private int firstAtOrAfter(long wanted, int day) {
        int low = 0;
        int high = order.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            int cmp = Long.compare(orderedSignature[middle], wanted);
            if (cmp < 0 || cmp == 0 && orderedDay[middle] < day) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }

    private boolean sameLines(int tx, int other, int sign) {
        return ledger.lineCountOf(tx) == ledger.lineCountOf(other)
                && Arrays.deepEquals(lines(tx, sign), lines(other, 1));
    }

    /** The transaction's (account, amount × sign) pairs, sorted. */
    private long[][] lines(int tx, int sign) {
        long[][] pairs = new long[ledger.lineCountOf(tx)][];
        for (int k = 0; k < pairs.length; k++) {
            int line = ledger.lineOf(tx, k);
            pairs[k] = new long[] {ledger.accountId(line), sign * ledger.amountCents(line)};
        }
        Arrays.sort(pairs, Comparator.<long[]>comparingLong(pair -> pair[0]).thenComparingLong(pair -> pair[1]));
        return pairs;
    }
}
