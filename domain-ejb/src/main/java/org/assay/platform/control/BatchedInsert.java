package org.assay.platform.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Bulk rows into one table over JDBC: the caller sets a row's parameters on {@link #row()} and calls {@link #add()};
 * every {@code batchSize} rows are sent and committed, so memory and the database's undo log stay flat however
 * many rows there are. The connection must be outside any JTA transaction; it is switched to manual commits.
 */
public final class BatchedInsert implements AutoCloseable {

    private final Connection connection;
    private final PreparedStatement insert;
    private final int batchSize;
    private final Runnable afterBatch;
    private int pending;
    private long written;

    /** @param afterBatch called after each committed batch (a job's heart beat) */
    public BatchedInsert(Connection connection, String sql, int batchSize, Runnable afterBatch) throws SQLException {
        this.connection = connection;
        this.batchSize = batchSize;
        this.afterBatch = afterBatch;
        connection.setAutoCommit(false);
        this.insert = connection.prepareStatement(sql);
    }

    /** The statement whose parameters make the next row. */
    public PreparedStatement row() {
        return insert;
    }

    /** Adds the row set on {@link #row()}; sends and commits a full batch. */
    public void add() throws SQLException {
        insert.addBatch();
        if (++pending == batchSize) {
            flush();
        }
    }

    /** Sends and commits what is pending. */
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            connection.commit();
            written += pending;
            pending = 0;
            afterBatch.run();
        }
    }

    public long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
