package org.assay.scoring.control;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lines to score, held column by column: primitive arrays indexed by line (0..n-1, in arrival order) and small
 * dictionaries for the repeated strings, so a line costs about 48 bytes and no object. Transactions are indexed
 * 0..m-1 in order of first appearance; {@link #lineCountOf(int)} and {@link #lineOf(int, int)} walk a
 * transaction's lines in arrival order without copying. Immutable once built by {@link LedgerBuilder}.
 */
public final class Ledger {

    private final int[] transaction;
    private final int[] account;
    private final int[] effectiveDay;
    private final int[] enteredDay;
    private final int[] user;
    private final int[] source;
    private final int[] memo;
    private final long[] debitCents;
    private final long[] creditCents;
    /** Lines grouped by transaction: the lines of tx are {@code txLines[txStart[tx] .. txStart[tx + 1])}. */
    private final int[] txStart;
    private final int[] txLines;
    private final String[] transactionNames;
    private final String[] accounts;
    private final String[] users;
    private final String[] sources;
    private final String[] memos;
    private final Set<OptionalColumn> present;

    Ledger(Columns columns, String[] transactionNames, String[] accounts, String[] users, String[] sources,
            String[] memos) {
        this.transaction = columns.transaction;
        this.account = columns.account;
        this.effectiveDay = columns.effectiveDay;
        this.enteredDay = columns.enteredDay;
        this.user = columns.user;
        this.source = columns.source;
        this.memo = columns.memo;
        this.debitCents = columns.debitCents;
        this.creditCents = columns.creditCents;
        this.transactionNames = transactionNames;
        this.accounts = accounts;
        this.users = users;
        this.sources = sources;
        this.memos = memos;
        this.txStart = new int[transactionNames.length + 1];
        this.txLines = groupByTransaction(transaction, txStart);
        this.present = presentColumns();
    }

    /** The line arrays as the builder filled them, trimmed to the line count. */
    record Columns(int[] transaction, int[] account, int[] effectiveDay, int[] enteredDay, int[] user, int[] source,
            int[] memo, long[] debitCents, long[] creditCents) {
    }

    /** A counting sort of line indexes by transaction: stable, so each transaction keeps its arrival order. */
    private static int[] groupByTransaction(int[] transaction, int[] start) {
        for (int tx : transaction) {
            start[tx + 1]++;
        }
        for (int tx = 0; tx + 1 < start.length; tx++) {
            start[tx + 1] += start[tx];
        }
        int[] next = Arrays.copyOf(start, start.length - 1);
        int[] lines = new int[transaction.length];
        for (int line = 0; line < transaction.length; line++) {
            lines[next[transaction[line]]++] = line;
        }
        return lines;
    }

    private Set<OptionalColumn> presentColumns() {
        Set<OptionalColumn> columns = EnumSet.noneOf(OptionalColumn.class);
        if (Arrays.stream(enteredDay).anyMatch(day -> day != -1)) {
            columns.add(OptionalColumn.ENTERED_DATE);
        }
        if (users.length > 0) {
            columns.add(OptionalColumn.USER);
        }
        if (sources.length > 0) {
            columns.add(OptionalColumn.SOURCE);
        }
        if (memos.length > 0) {
            columns.add(OptionalColumn.MEMO);
        }
        return columns;
    }

    public int lineCount() {
        return transaction.length;
    }

    public int transactionCount() {
        return transactionNames.length;
    }

    public int transaction(int line) {
        return transaction[line];
    }

    /** How many lines the transaction has. */
    public int lineCountOf(int tx) {
        return txStart[tx + 1] - txStart[tx];
    }

    /** The transaction's k-th line (0-based, arrival order). */
    public int lineOf(int tx, int k) {
        return txLines[txStart[tx] + k];
    }

    /** The transaction's lines in arrival order (a copy). */
    public int[] linesOf(int tx) {
        return Arrays.copyOfRange(txLines, txStart[tx], txStart[tx + 1]);
    }

    /** The transaction id as the file gave it. */
    public String transactionName(int tx) {
        return transactionNames[tx];
    }

    public String account(int line) {
        return accounts[account[line]];
    }

    /** The account as a dictionary id 0..{@link #accountCount()}-1. */
    public int accountId(int line) {
        return account[line];
    }

    public int accountCount() {
        return accounts.length;
    }

    public int effectiveDay(int line) {
        return effectiveDay[line];
    }

    /** Days since 1970-01-01, or -1 when the line has no entered date. */
    public int enteredDay(int line) {
        return enteredDay[line];
    }

    public String user(int line) {
        int id = user[line];
        return id < 0 ? null : users[id];
    }

    /** The user as a dictionary id 0..{@link #userCount()}-1, or -1 for none. */
    public int userId(int line) {
        return user[line];
    }

    public int userCount() {
        return users.length;
    }

    public String source(int line) {
        int id = source[line];
        return id < 0 ? null : sources[id];
    }

    /** The source as a dictionary id 0..{@link #sourceCount()}-1, or -1 for none. */
    public int sourceId(int line) {
        return source[line];
    }

    public int sourceCount() {
        return sources.length;
    }

    public String sourceName(int sourceId) {
        return sources[sourceId];
    }

    /** The memo as a dictionary id 0..{@link #memoCount()}-1, or -1 for none. */
    public int memoId(int line) {
        return memo[line];
    }

    public int memoCount() {
        return memos.length;
    }

    public String memoText(int memoId) {
        return memos[memoId];
    }

    public String memo(int line) {
        int id = memo[line];
        return id < 0 ? null : memos[id];
    }

    public long debitCents(int line) {
        return debitCents[line];
    }

    public long creditCents(int line) {
        return creditCents[line];
    }

    /** Debit minus credit. */
    public long amountCents(int line) {
        return debitCents[line] - creditCents[line];
    }

    public long absCents(int line) {
        return Math.abs(debitCents[line] - creditCents[line]);
    }

    public boolean has(OptionalColumn column) {
        return present.contains(column);
    }
}
