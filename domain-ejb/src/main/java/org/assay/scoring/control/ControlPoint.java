package org.assay.scoring.control;

import java.util.Locale;

/**
 * The fourteen control points of the bundle (analytics.md §5.3), with their level, kind and default weight
 * (§5.4, summing to 115). Scores are basis points 0–10000; a rule fails at 10000, a statistical or
 * machine-learning control point at 5000 and above (§1.3).
 */
public enum ControlPoint {
    UNBALANCED_TX("Unbalanced Debits and Credits", Level.TRANSACTION, Kind.RULE, 10),
    WEEKEND_HOLIDAY("Weekend or Holiday Posting", Level.ENTRY, Kind.RULE, 5),
    PERIOD_END_TIMING("Period End and Backdating", Level.ENTRY, Kind.RULE, 5),
    ROUND_AMOUNT("Round Amount", Level.ENTRY, Kind.RULE, 5),
    HIGH_VALUE("High Monetary Value", Level.ENTRY, Kind.RULE, 5),
    MANUAL_ENTRY("Manual Entry", Level.TRANSACTION, Kind.RULE, 5),
    MEMO_KEYWORD("Suspicious Keyword or Empty Text", Level.ENTRY, Kind.RULE, 5),
    DUPLICATE("Duplicate", Level.ENTRY, Kind.RULE, 5),
    REVERSAL("Reversal", Level.TRANSACTION, Kind.RULE, 5),
    UNUSUAL_AMOUNT("Unusual Amount", Level.ENTRY, Kind.STATISTICAL, 15),
    RARE_FLOW("Rare Flow", Level.TRANSACTION, Kind.STATISTICAL, 15),
    UNUSUAL_USER("Unusual User", Level.ENTRY, Kind.STATISTICAL, 10),
    BENFORD_2D("2 Digit Benford", Level.ENTRY, Kind.STATISTICAL, 5),
    OUTLIER_ANOMALY("Outlier Anomaly", Level.TRANSACTION, Kind.MACHINE_LEARNING, 20);

    /** Where a control point scores: each entry (line) or the transaction as a whole. */
    public enum Level { ENTRY, TRANSACTION }

    /** Rules score 0, 5000 or 10000; statistical and machine-learning control points score continuously. */
    public enum Kind { RULE, STATISTICAL, MACHINE_LEARNING }

    /** The highest score: 100.00 %. */
    public static final int MAX_SCORE = 10_000;

    private final String displayName;
    private final Level level;
    private final Kind kind;
    private final int defaultWeight;

    ControlPoint(String displayName, Level level, Kind kind, int defaultWeight) {
        this.displayName = displayName;
        this.level = level;
        this.kind = kind;
        this.defaultWeight = defaultWeight;
    }

    /** The name in data-table columns: {@code cp_score_<id>}, {@code cp_failed_<id>}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String displayName() {
        return displayName;
    }

    public Level level() {
        return level;
    }

    public Kind kind() {
        return kind;
    }

    public int defaultWeight() {
        return defaultWeight;
    }

    /** The lowest score at which this control point counts as failed (triggered). */
    public int failThreshold() {
        return kind == Kind.RULE ? MAX_SCORE : MAX_SCORE / 2;
    }

    public boolean failed(int score) {
        return score >= failThreshold();
    }
}
