package org.assay.analyses.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.analyses.control.AnalysisPeriods;
import org.assay.analyses.entity.Analysis;
import org.assay.engagements.boundary.AccountingPeriodData;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiAnalysisRead}. */
public record AnalysisRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String engagementId, String analysisTypeId,
        String name, boolean interim, boolean archived, boolean converted, boolean periodic,
        List<ImportantColumn> importantColumns, List<AnalysisPeriodData> analysisPeriods,
        List<AnalysisPeriods.Gap> analysisPeriodGaps, String currencyCode, String latestAnalysisResultId,
        String referenceId, String reportingPeriodConfigurationId, AccountingPeriodData accountingPeriod) {

    /** {@code importantColumns[]}: additional columns a user marked as important (none in Assay yet). */
    public record ImportantColumn(String columnName, String field) {
    }

    public static AnalysisRead of(Analysis a) {
        return new AnalysisRead(a.getId(), a.getVersion(), a.getCreationDate(), a.getLastModifiedDate(),
                UserInfoRead.of(a.getCreatedUserInfo()), UserInfoRead.of(a.getLastModifiedUserInfo()),
                a.getEngagementId(), a.getAnalysisTypeId(), a.getName(), a.isInterim(), a.isArchived(),
                a.isConverted(), a.isPeriodic(), List.of(),
                a.getAnalysisPeriods().stream().map(AnalysisPeriodData::of).toList(),
                AnalysisPeriods.gaps(a.getAnalysisPeriods()), a.getCurrencyCode(), a.getLatestAnalysisResultId(),
                a.getReferenceId(), a.getReportingPeriodConfigurationId(),
                AccountingPeriodData.of(a.getAccountingPeriod()));
    }
}
