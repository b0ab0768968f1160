package org.assay.sources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.assay.ingestion.control.JournalLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The writer against H2 with the journal-line table as Hibernate creates it. */
class JournalLineWriterTest {

    private Connection connection;
    private final List<Integer> beats = new ArrayList<>();

    @BeforeEach
    void table() throws SQLException {
        connection = DriverManager.getConnection("jdbc:h2:mem:lines-" + System.nanoTime(), "sa", "");
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("create table journal_line (sourceId varchar(24) not null, rowId bigint not null, "
                    + "transactionId varchar(100) not null, entryNo integer not null, account varchar(100) not null, "
                    + "accountDescription varchar(255), effectiveDay integer not null, enteredDay integer not null, "
                    + "userName varchar(255), sourceCode varchar(100), memo varchar(1000), companyCode varchar(100), "
                    + "debitCents bigint not null, creditCents bigint not null, primary key (sourceId, rowId))");
        }
    }

    @AfterEach
    void close() throws SQLException {
        connection.close();
    }

    private static JournalLine line(long row, String tx, long debit, long credit, String memo) {
        return new JournalLine(row, tx, (int) row, "1000", "Cash", 20_100, JournalLine.NO_DATE, "jdoe", "GJ", memo,
                "C1", debit, credit);
    }

    private long count(String sourceId) throws SQLException {
        try (Statement query = connection.createStatement();
                ResultSet rows = query.executeQuery("select count(*) from journal_line where sourceId = '" + sourceId
                        + "'")) {
            rows.next();
            return rows.getLong(1);
        }
    }

    @Test
    void writesInCommittedBatchesAndShortensOverlongText() throws SQLException {
        try (JournalLineWriter writer = new JournalLineWriter(connection, "s1", 2, () -> beats.add(1))) {
            writer.accept(line(1, "T1", 500, 0, "x".repeat(1200)));
            writer.accept(line(2, "T1", 0, 500, "ok"));
            writer.accept(line(3, "T2", 100, 0, "ok"));
            writer.flush();
            assertEquals(3, writer.written());
            assertEquals(1, writer.shortened());
        }
        assertEquals(2, beats.size(), "one beat per committed batch");
        assertEquals(3, count("s1"));
    }

    @Test
    void findsUnbalancedTransactionsAndDeletesOnlyTheSourcesLines() throws SQLException {
        try (JournalLineWriter writer = new JournalLineWriter(connection, "s1", 100, () -> { })) {
            writer.accept(line(1, "T1", 500, 0, null));
            writer.accept(line(2, "T1", 0, 500, null));
            writer.accept(line(3, "T2", 12_345, 0, null));
            writer.flush();
        }
        try (JournalLineWriter other = new JournalLineWriter(connection, "s2", 100, () -> { })) {
            other.accept(line(1, "T9", 1, 0, null));
            other.flush();
        }
        JournalLineWriter.Unbalanced unbalanced = JournalLineWriter.unbalanced(connection, "s1", 5);
        assertEquals(1, unbalanced.count());
        assertTrue(unbalanced.examples().get(0).contains("T2 (debits 123.45, credits 0.00)"), unbalanced.toString());
        JournalLineWriter.deleteLines(connection, "s1");
        assertEquals(0, count("s1"));
        assertEquals(1, count("s2"));
    }
}
