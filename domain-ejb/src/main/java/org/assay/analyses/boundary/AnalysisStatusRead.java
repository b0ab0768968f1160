package org.assay.analyses.boundary;

import java.util.List;
import java.util.Map;

/** {@code ApiAnalysisStatusRead} ({@code GET /analyses/{id}/status}). */
public record AnalysisStatusRead(String analysisId, String analysisTypeId, Map<String, Boolean> availableFeatures,
        long inferredAccountMappingCount, long mappedAccountMappingCount, long unmappedAccountMappingCount,
        List<String> preflightErrors, boolean reRunReady, boolean ready, List<SourceStatus> sourceStatuses,
        String status) {

    /** {@code sourceStatuses[]}. */
    public record SourceStatus(String sourceId, String analysisSourceTypeId, String periodId, String status) {
    }
}
