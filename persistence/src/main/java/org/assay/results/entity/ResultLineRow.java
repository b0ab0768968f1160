package org.assay.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

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
@IdClass(ResultRowKey.class)
public class ResultLineRow {

    @Id
    @Column(length = 24)
    private String resultId;

    /** The {@code rowid}: the row's number in the result. */
    @Id
    @Column(name = "rowid")
    private long position;

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
