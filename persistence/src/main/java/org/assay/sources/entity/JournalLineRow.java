package org.assay.sources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One parsed general-ledger line in canonical form (analytics.md §5.1): money in integer cents, dates as epoch
 * days. Mapped so that the schema is created with the others; rows are written and read in bulk over JDBC
 * ({@code JournalLineTable}) because millions of entity instances would cost far more than the data.
 */
@Entity
@Table(name = "journal_line", indexes = @Index(name = "ix_journal_line_tx", columnList = "sourceId, transactionId"))
@IdClass(JournalLineRow.Key.class)
public class JournalLineRow {

    /** Column widths of the text values; the ingestion job shortens longer values and says so in a warning. */
    public static final int CODE_MAX = 100;
    public static final int TEXT_MAX = 255;
    public static final int MEMO_MAX = 1000;

    /** The composite key: the source and the line's ordinal in its file. */
    public static class Key implements Serializable {

        private String sourceId;
        private long rowId;

        public Key() {
        }

        public Key(String sourceId, long rowId) {
            this.sourceId = sourceId;
            this.rowId = rowId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && rowId == other.rowId && Objects.equals(sourceId, other.sourceId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(sourceId, rowId);
        }
    }

    @Id
    @Column(length = 24)
    private String sourceId;

    @Id
    private long rowId;

    @Column(nullable = false, length = CODE_MAX)
    private String transactionId;

    private int entryNo;

    @Column(nullable = false, length = CODE_MAX)
    private String account;

    @Column(length = TEXT_MAX)
    private String accountDescription;

    private int effectiveDay;

    private int enteredDay;

    @Column(length = TEXT_MAX)
    private String userName;

    @Column(length = CODE_MAX)
    private String sourceCode;

    @Column(length = MEMO_MAX)
    private String memo;

    @Column(length = CODE_MAX)
    private String companyCode;

    private long debitCents;

    private long creditCents;

    protected JournalLineRow() {
    }
}
