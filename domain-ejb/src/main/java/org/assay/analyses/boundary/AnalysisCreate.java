package org.assay.analyses.boundary;

import java.util.List;

/** {@code ApiAnalysisCreate}. */
public record AnalysisCreate(String engagementId, String analysisTypeId, String name, Boolean interim, Boolean periodic,
        List<AnalysisPeriodData> analysisPeriods, String currencyCode, String referenceId) {
}
