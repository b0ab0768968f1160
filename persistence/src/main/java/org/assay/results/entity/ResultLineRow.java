package org.assay.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * The scores of one journal line in one analysis result: its number in the result ({@code rowid}), its
 * transaction's ({@code txid}), where the line is stored ({@code journal_line} by source and row), the risk, the
 * risk level and the control points' scores ({@link ControlPointScores}). The {@code gl_journal_lines}
 * data table joins it to the journal line. Mapped so that the schema is created with the others; rows are written
 * and read in bulk over JDBC.
 */
@Entity
@Table(name = "result_line", indexes = {
    @Index(name = "ix_result_line_tx", columnList = "resultId, txid"),
    @Index(name = "ix_result_line_risk", columnList = "resultId, risk")})
@IdClass(ResultLineRow.Key.class)
public class ResultLineRow {

    /** The composite key: the result and the row's number in it. */
    public static class Key implements Serializable {

        private String resultId;
        private long rowid;

        public Key() {
        }

        public Key(String resultId, long rowid) {
            this.resultId = resultId;
            this.rowid = rowid;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && rowid == other.rowid && Objects.equals(resultId, other.resultId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(resultId, rowid);
        }
    }

    @Id
    @Column(length = 24)
    private String resultId;

    @Id
    private long rowid;

    private long txid;

    @Column(nullable = false, length = 24)
    private String sourceId;

    private long sourceRowId;

    private int risk;

    @Column(nullable = false, length = 8)
    private String riskLevel;

    @Embedded
    private ControlPointScores scores;

    protected ResultLineRow() {
    }
}
