package org.assay.riskranges.boundary;

/**
 * {@code ApiRiskRangesCreate}, plus {@code engagementId} (Assay extension): a range belongs to exactly one of a
 * library or an engagement.
 */
public record RiskRangeCreate(RiskRangeBounds low, RiskRangeBounds medium, RiskRangeBounds high, String libraryId,
        String engagementId, String analysisTypeId, String name, String description) {
}
