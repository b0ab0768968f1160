package org.assay.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Index;
import jakarta.persistence.Table;

/**
 * One scored transaction of an analysis result ({@code gl_journal_tx}): its number in the result ({@code txid}),
 * original id, dates, totals, accounts, poster and source, risk, risk level, whether money flowed to or from the
 * unknown account, and the control points' scores ({@link ControlPointScores}). Mapped so that the
 * schema is created with the others; rows are written and read in bulk over JDBC.
 */
@Entity
@Table(name = "result_tx", indexes = @Index(name = "ix_result_tx_risk", columnList = "resultId, risk"))
@IdClass(ResultRowKey.class)
public class ResultTransactionRow {

    /** Width of the account list; longer lists are cut at an account boundary and end with an ellipsis. */
    public static final int ACCOUNTS_MAX = 2000;

    @Id
    @Column(length = 24)
    private String resultId;

    /** The {@code txid}: the row's number in the result. */
    @Id
    @Column(name = "txid")
    private long position;

    @Column(nullable = false, length = 100)
    private String transactionName;

    private int effectiveDay;

    private int enteredDay;

    private int entriesCount;

    private long debitCents;

    private long creditCents;

    private long monetaryValueCents;

    @Column(nullable = false, length = ACCOUNTS_MAX)
    private String accounts;

    @Column(length = 255)
    private String userName;

    @Column(length = 100)
    private String sourceCode;

    private boolean unknownFlow;

    private int risk;

    @Column(nullable = false, length = 8)
    private String riskLevel;

    @Embedded
    private ControlPointScores scores;

    protected ResultTransactionRow() {
    }
}
