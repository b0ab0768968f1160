package org.assay.riskranges.boundary;

import org.assay.riskranges.entity.RiskRange;

/** {@code ApiRiskRangesRead}: as in the reference, without audit fields. */
public record RiskRangeRead(String id, long version, RiskRangeBounds low, RiskRangeBounds medium,
        RiskRangeBounds high, boolean system, String libraryId, String engagementId, String analysisTypeId,
        String name, String description) {

    public static RiskRangeRead of(RiskRange r) {
        return new RiskRangeRead(r.getId(), r.getVersion(), RiskRangeBounds.of(r.getLow()),
                RiskRangeBounds.of(r.getMedium()), RiskRangeBounds.of(r.getHigh()), r.isSystem(), r.getLibraryId(),
                r.getEngagementId(), r.getAnalysisTypeId(), r.getName(), r.getDescription());
    }
}
