package org.assay.scoring.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assay.ingestion.control.JournalLine;
import org.assay.ingestion.control.JournalLineSink;

/**
 * Collects journal lines, in arrival order, into a {@link Ledger}. Transaction ids are scoped to their source:
 * after {@link #nextSource()} an id already seen names a new transaction. One builder builds one ledger.
 */
public final class LedgerBuilder implements JournalLineSink {

    private static final int INITIAL_CAPACITY = 1024;

    /** One name per transaction: the same id in two sources appears twice. */
    private final List<String> transactionNames = new ArrayList<>();
    private final StringDictionary accounts = new StringDictionary();
    private final StringDictionary users = new StringDictionary();
    private final StringDictionary sources = new StringDictionary();
    private final StringDictionary memos = new StringDictionary();
    /** Transaction id → index, for the current source only. */
    private Map<String, Integer> sourceTransactions = new HashMap<>();

    private int[] transaction = new int[INITIAL_CAPACITY];
    private int[] account = new int[INITIAL_CAPACITY];
    private int[] effectiveDay = new int[INITIAL_CAPACITY];
    private int[] enteredDay = new int[INITIAL_CAPACITY];
    private int[] user = new int[INITIAL_CAPACITY];
    private int[] source = new int[INITIAL_CAPACITY];
    private int[] memo = new int[INITIAL_CAPACITY];
    private long[] debitCents = new long[INITIAL_CAPACITY];
    private long[] creditCents = new long[INITIAL_CAPACITY];
    private int size;
    private boolean built;

    @Override
    public void accept(JournalLine line) {
        if (built) {
            throw new IllegalStateException("The ledger is already built");
        }
        if (size == transaction.length) {
            grow();
        }
        transaction[size] = sourceTransactions.computeIfAbsent(line.transactionId(), this::newTransaction);
        account[size] = accounts.idOf(line.account());
        effectiveDay[size] = line.effectiveDay();
        enteredDay[size] = line.enteredDay();
        user[size] = users.idOf(line.user());
        source[size] = sources.idOf(line.source());
        memo[size] = memos.idOf(line.memo());
        debitCents[size] = line.debitCents();
        creditCents[size] = line.creditCents();
        size++;
    }

    private int newTransaction(String name) {
        transactionNames.add(name);
        return transactionNames.size() - 1;
    }

    /** Lines from now on come from another source: their transaction ids are a fresh namespace. */
    public void nextSource() {
        sourceTransactions = new HashMap<>();
    }

    public Ledger build() {
        built = true;
        sourceTransactions = Map.of();
        return new Ledger(new Ledger.Columns(Arrays.copyOf(transaction, size), Arrays.copyOf(account, size),
                Arrays.copyOf(effectiveDay, size), Arrays.copyOf(enteredDay, size), Arrays.copyOf(user, size),
                Arrays.copyOf(source, size), Arrays.copyOf(memo, size), Arrays.copyOf(debitCents, size),
                Arrays.copyOf(creditCents, size)), transactionNames.toArray(new String[0]), accounts.toArray(), users.toArray(),
                sources.toArray(), memos.toArray());
    }

    private void grow() {
        int capacity = transaction.length * 2;
        transaction = Arrays.copyOf(transaction, capacity);
        account = Arrays.copyOf(account, capacity);
        effectiveDay = Arrays.copyOf(effectiveDay, capacity);
        enteredDay = Arrays.copyOf(enteredDay, capacity);
        user = Arrays.copyOf(user, capacity);
        source = Arrays.copyOf(source, capacity);
        memo = Arrays.copyOf(memo, capacity);
        debitCents = Arrays.copyOf(debitCents, capacity);
        creditCents = Arrays.copyOf(creditCents, capacity);
    }
}
