package org.assay.analyses.boundary;

import java.util.List;
import org.assay.engagements.boundary.AccountingPeriodData;

/** {@code ApiAnalysisUpdate}: a full replacement of the editable fields, guarded by {@code version}. */
public record AnalysisUpdate(Long version, String name, Boolean archived, List<AnalysisPeriodData> analysisPeriods,
        String currencyCode, String reportingPeriodConfigurationId, AccountingPeriodData accountingPeriod) {
}
