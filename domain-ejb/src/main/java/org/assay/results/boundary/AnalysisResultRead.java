package org.assay.results.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.analyses.boundary.AnalysisPeriodData;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.results.entity.AnalysisResult;

/** {@code ApiAnalysisResultRead}. */
public record AnalysisResultRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String analysisId, String engagementId,
        String analysisTypeId, boolean interim, List<AnalysisPeriodData> analysisPeriods,
        String reportingPeriodConfigurationId) {

    public static AnalysisResultRead of(AnalysisResult r) {
        return new AnalysisResultRead(r.getId(), r.getVersion(), r.getCreationDate(), r.getLastModifiedDate(),
                UserInfoRead.of(r.getCreatedUserInfo()), UserInfoRead.of(r.getLastModifiedUserInfo()),
                r.getAnalysisId(), r.getEngagementId(), r.getAnalysisTypeId(), r.isInterim(),
                r.getAnalysisPeriods().stream().map(AnalysisPeriodData::of).toList(),
                r.getReportingPeriodConfigurationId());
    }
}
