package org.assay.riskranges.boundary;

/** {@code ApiRiskRangesUpdate}: a full replacement of the bands and texts, guarded by {@code version}. */
public record RiskRangeUpdate(Long version, RiskRangeBounds low, RiskRangeBounds medium, RiskRangeBounds high,
        String name, String description) {
}
