package org.assay.riskranges.control;

import org.assay.riskranges.entity.RiskRange;

/**
 * The bands a risk score (0–10 000) is classified by, reduced to where medium and high start: below
 * {@code mediumFrom} is {@code LOW}, from {@code mediumFrom} below {@code highFrom} is {@code MEDIUM}, from
 * {@code highFrom} on is {@code HIGH}. Immutable.
 */
public record RiskBands(int mediumFrom, int highFrom) {

    public static final String LOW = "LOW";
    public static final String MEDIUM = "MEDIUM";
    public static final String HIGH = "HIGH";

    public RiskBands {
        if (mediumFrom < 1 || highFrom <= mediumFrom || highFrom > 10_000) {
            throw new IllegalArgumentException("bands need 0 < mediumFrom < highFrom <= 10000, got mediumFrom "
                    + mediumFrom + " and highFrom " + highFrom);
        }
    }

    /** The bands of a stored range (stored ranges are contiguous, so the lower thresholds say everything). */
    public static RiskBands of(RiskRange range) {
        return new RiskBands(range.getMedium().getLowThreshold(), range.getHigh().getLowThreshold());
    }

    /** {@code "LOW"}, {@code "MEDIUM"} or {@code "HIGH"}. */
    public String level(int risk) {
        if (risk < mediumFrom) {
            return LOW;
        }
        return risk < highFrom ? MEDIUM : HIGH;
    }
}
