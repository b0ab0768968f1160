package org.assay.results.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.assay.analyses.entity.AnalysisPeriod;
import org.assay.platform.entity.AuditedEntity;

/**
 * One run of an analysis: what was analysed (the analysis's periods at that moment) and, once the engine ran, the
 * version of the control-point bundle that scored it. An analysis keeps every result; the latest is named by
 * {@code Analysis.latestAnalysisResultId}.
 */
@Entity
@Table(name = "analysis_result", indexes = @Index(name = "ix_analysis_result_analysis", columnList = "analysisId"))
public class AnalysisResult extends AuditedEntity {

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisId;

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisTypeId;

    private boolean interim;

    @Column(length = 24)
    private String reportingPeriodConfigurationId;

    @Column(length = 40)
    private String controlPointBundleVersion;

    /** Journal lines and transactions the run scored (the row usage report counts them). */
    private long lineCount;

    private long transactionCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "analysis_result_period", joinColumns = @JoinColumn(name = "analysis_result_id"))
    @OrderColumn(name = "position")
    private List<AnalysisPeriod> analysisPeriods = new ArrayList<>();

    protected AnalysisResult() {
    }

    public AnalysisResult(String analysisId, String engagementId, String analysisTypeId, boolean interim,
            String reportingPeriodConfigurationId, List<AnalysisPeriod> analysisPeriods) {
        this.analysisId = analysisId;
        this.engagementId = engagementId;
        this.analysisTypeId = analysisTypeId;
        this.interim = interim;
        this.reportingPeriodConfigurationId = reportingPeriodConfigurationId;
        this.analysisPeriods.addAll(analysisPeriods);
    }

    public void scoredWith(String bundleVersion, long lines, long transactions) {
        this.controlPointBundleVersion = bundleVersion;
        this.lineCount = lines;
        this.transactionCount = transactions;
    }

    public long getLineCount() {
        return lineCount;
    }

    public long getTransactionCount() {
        return transactionCount;
    }

    public String getAnalysisId() {
        return analysisId;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAnalysisTypeId() {
        return analysisTypeId;
    }

    public boolean isInterim() {
        return interim;
    }

    public String getReportingPeriodConfigurationId() {
        return reportingPeriodConfigurationId;
    }

    public String getControlPointBundleVersion() {
        return controlPointBundleVersion;
    }

    public List<AnalysisPeriod> getAnalysisPeriods() {
        return List.copyOf(analysisPeriods);
    }
}
