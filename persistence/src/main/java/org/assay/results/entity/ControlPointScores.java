package org.assay.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One score column per control point of the bundle ({@code cp_<id>}, basis points 0–10000), shared by the scored
 * lines and transactions. Only the schema comes from here: rows are written and read over JDBC by column name.
 */
@Embeddable
public class ControlPointScores {

    @Column(name = "cp_unbalanced_tx", nullable = false)
    private short cpUnbalancedTx;

    @Column(name = "cp_weekend_holiday", nullable = false)
    private short cpWeekendHoliday;

    @Column(name = "cp_period_end_timing", nullable = false)
    private short cpPeriodEndTiming;

    @Column(name = "cp_round_amount", nullable = false)
    private short cpRoundAmount;

    @Column(name = "cp_high_value", nullable = false)
    private short cpHighValue;

    @Column(name = "cp_manual_entry", nullable = false)
    private short cpManualEntry;

    @Column(name = "cp_memo_keyword", nullable = false)
    private short cpMemoKeyword;

    @Column(name = "cp_duplicate", nullable = false)
    private short cpDuplicate;

    @Column(name = "cp_reversal", nullable = false)
    private short cpReversal;

    @Column(name = "cp_unusual_amount", nullable = false)
    private short cpUnusualAmount;

    @Column(name = "cp_rare_flow", nullable = false)
    private short cpRareFlow;

    @Column(name = "cp_unusual_user", nullable = false)
    private short cpUnusualUser;

    @Column(name = "cp_benford_2d", nullable = false)
    private short cpBenford2d;

    @Column(name = "cp_outlier_anomaly", nullable = false)
    private short cpOutlierAnomaly;
}
