package org.assay.analyses.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assay.engagements.entity.AccountingPeriod;
import org.assay.platform.entity.AuditedEntity;

/** An analysis of an engagement: its type, its periods, and (once run) its latest result. */
@Entity
@Table(name = "analysis", indexes = @Index(name = "ix_analysis_engagement", columnList = "engagementId"))
public class Analysis extends AuditedEntity {

    public static final int NAME_MAX = 80;
    public static final int REFERENCE_MAX = 256;

    /** The analysis {@code status} enum of the reference. */
    public enum Status {
        NOT_STARTED, IMPORTING_FILE, PREPARING_DATA, PROCESSING, CONSOLIDATING_RESULTS, COMPLETED, FAILED
    }

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisTypeId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    private boolean interim;

    private boolean archived;

    private boolean converted;

    private boolean periodic;

    @Column(length = 3)
    private String currencyCode;

    @Column(length = 24)
    private String latestAnalysisResultId;

    @Column(length = REFERENCE_MAX)
    private String referenceId;

    @Column(length = 24)
    private String reportingPeriodConfigurationId;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "fiscalStartMonth", column = @Column(name = "ap_fiscal_start_month")),
        @AttributeOverride(name = "fiscalStartDay", column = @Column(name = "ap_fiscal_start_day")),
        @AttributeOverride(name = "frequency", column = @Column(name = "ap_frequency", length = 20))
    })
    private AccountingPeriod accountingPeriod;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private Status status = Status.NOT_STARTED;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "analysis_period", joinColumns = @JoinColumn(name = "analysis_id"))
    @OrderColumn(name = "position")
    private List<AnalysisPeriod> analysisPeriods = new ArrayList<>();

    protected Analysis() {
    }

    public Analysis(String engagementId, String analysisTypeId, String name, boolean interim, boolean periodic) {
        this.engagementId = engagementId;
        this.analysisTypeId = analysisTypeId;
        this.name = name.trim();
        this.interim = interim;
        this.periodic = periodic;
    }

    public void rename(String newName) {
        this.name = newName.trim();
    }

    public void replacePeriods(List<AnalysisPeriod> periods) {
        analysisPeriods.clear();
        analysisPeriods.addAll(periods);
    }

    public void describe(String currencyCode, String referenceId, String reportingPeriodConfigurationId,
            AccountingPeriod accountingPeriod) {
        this.currencyCode = currencyCode;
        this.referenceId = referenceId;
        this.reportingPeriodConfigurationId = reportingPeriodConfigurationId;
        this.accountingPeriod = accountingPeriod;
    }

    public void setArchived(boolean archived) {
        this.archived = archived;
    }

    public void setStatus(Status status) {
        this.status = status;
    }

    public void setLatestAnalysisResultId(String latestAnalysisResultId) {
        this.latestAnalysisResultId = latestAnalysisResultId;
    }

    public Optional<AnalysisPeriod> period(String periodId) {
        return analysisPeriods.stream().filter(p -> p.getId().equals(periodId)).findFirst();
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAnalysisTypeId() {
        return analysisTypeId;
    }

    public String getName() {
        return name;
    }

    public boolean isInterim() {
        return interim;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isConverted() {
        return converted;
    }

    public boolean isPeriodic() {
        return periodic;
    }

    public String getCurrencyCode() {
        return currencyCode;
    }

    public String getLatestAnalysisResultId() {
        return latestAnalysisResultId;
    }

    public String getReferenceId() {
        return referenceId;
    }

    public String getReportingPeriodConfigurationId() {
        return reportingPeriodConfigurationId;
    }

    public AccountingPeriod getAccountingPeriod() {
        return accountingPeriod;
    }

    public Status getStatus() {
        return status;
    }

    public List<AnalysisPeriod> getAnalysisPeriods() {
        return List.copyOf(analysisPeriods);
    }
}
