package org.assay.sources.control;

import static org.assay.sources.entity.JournalLineRow.CODE_MAX;
import static org.assay.sources.entity.JournalLineRow.MEMO_MAX;
import static org.assay.sources.entity.JournalLineRow.TEXT_MAX;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assay.ingestion.control.JournalLine;
import org.assay.ingestion.control.JournalLineSink;
import org.assay.platform.control.BatchedInsert;

/**
 * Writes a source's journal lines with JDBC batches, committing every batch so that memory and the database's
 * undo log stay flat in the size of the file. Lines written by a run that then fails are removed with
 * {@link #deleteLines}; until the source is {@code COMPLETED} nobody reads them.
 */
public final class JournalLineWriter implements JournalLineSink, AutoCloseable {

    static final String INSERT = "insert into journal_line (sourceId, rowId, transactionId, entryNo, account, "
            + "accountDescription, effectiveDay, enteredDay, userName, sourceCode, memo, companyCode, debitCents, "
            + "creditCents) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private final BatchedInsert rows;
    private final String sourceId;
    private long shortened;

    /**
     * @param connection a connection outside any JTA transaction; switched to manual commits
     * @param afterBatch called after each committed batch (the job's heart beat)
     */
    public JournalLineWriter(Connection connection, String sourceId, int batchSize, Runnable afterBatch)
            throws SQLException {
        this.sourceId = sourceId;
        this.rows = new BatchedInsert(connection, INSERT, batchSize, afterBatch);
    }

    @Override
    public void accept(JournalLine line) throws SQLException {
        PreparedStatement insert = rows.row();
        insert.setString(1, sourceId);
        insert.setLong(2, line.rowId());
        insert.setString(3, fit(line.transactionId(), CODE_MAX));
        insert.setInt(4, line.entryNo());
        insert.setString(5, fit(line.account(), CODE_MAX));
        insert.setString(6, fit(line.accountDescription(), TEXT_MAX));
        insert.setInt(7, line.effectiveDay());
        insert.setInt(8, line.enteredDay());
        insert.setString(9, fit(line.user(), TEXT_MAX));
        insert.setString(10, fit(line.source(), CODE_MAX));
        insert.setString(11, fit(line.memo(), MEMO_MAX));
        insert.setString(12, fit(line.companyCode(), CODE_MAX));
        insert.setLong(13, line.debitCents());
        insert.setLong(14, line.creditCents());
        rows.add();
    }

    /** Writes and commits what is pending. */
    public void flush() throws SQLException {
        rows.flush();
    }

    public long written() {
        return rows.written();
    }

    /** Text values that were longer than their column and were cut. */
    public long shortened() {
        return shortened;
    }

    @Override
    public void close() throws SQLException {
        rows.close();
    }

    private String fit(String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        shortened++;
        return value.substring(0, max);
    }

    /** Removes every line of the source (an earlier attempt's, or a failed run's). */
    public static void deleteLines(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement("delete from journal_line where sourceId = ?")) {
            delete.setString(1, sourceId);
            delete.executeUpdate();
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** The accounts the source's lines use, each with a description found for it (or null). */
    public static Map<String, String> accounts(Connection connection, String sourceId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select account, max(accountDescription) "
                + "from journal_line where sourceId = ? group by account")) {
            query.setString(1, sourceId);
            Map<String, String> accounts = new HashMap<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    accounts.put(rows.getString(1), rows.getString(2));
                }
            }
            return accounts;
        }
    }

    /** Transactions whose debits and credits differ: how many, and the first few as examples. */
    public record Unbalanced(long count, List<String> examples) {
    }

    /** Checks the balance of every transaction of the source in the database, in one grouped query. */
    public static Unbalanced unbalanced(Connection connection, String sourceId, int maxExamples) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("select transactionId, sum(debitCents), "
                + "sum(creditCents) from journal_line where sourceId = ? group by transactionId "
                + "having sum(debitCents) <> sum(creditCents)")) {
            query.setString(1, sourceId);
            long count = 0;
            List<String> examples = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    if (count++ < maxExamples) {
                        examples.add(rows.getString(1) + " (debits " + Money.format(rows.getLong(2)) + ", credits "
                                + Money.format(rows.getLong(3)) + ")");
                    }
                }
            }
            return new Unbalanced(count, examples);
        }
    }
}
