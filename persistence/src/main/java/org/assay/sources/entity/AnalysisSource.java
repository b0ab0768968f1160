package org.assay.sources.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import org.assay.platform.entity.AuditedEntity;

/**
 * A file of the file manager taken into an analysis period as one of its sources (the general-ledger journal …),
 * with what ingestion found: the format, the column mappings, warnings and errors. The parsed lines themselves are
 * in {@code journal_line}; they count only while the source is {@code COMPLETED}.
 */
@Entity
@Table(name = "analysis_source", indexes = @Index(name = "ix_analysis_source_analysis", columnList = "analysisId"))
@NamedQuery(name = AnalysisSource.OF_ANALYSIS,
        query = "select s from AnalysisSource s where s.analysisId = :analysisId order by s.creationDate, s.id")
public class AnalysisSource extends AuditedEntity {

    public static final String OF_ANALYSIS = "AnalysisSource.ofAnalysis";

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisId;

    @Column(length = 24, updatable = false)
    private String analysisPeriodId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisSourceTypeId;

    @Column(length = 24)
    private String fileManagerFileId;

    @Column(length = 80)
    private String additionalDataColumnField;

    private boolean warningsIgnored;

    private boolean applyDegrouper;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private WorkflowState workflowState = WorkflowState.STARTED;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private WorkflowState targetWorkflowState = WorkflowState.COMPLETED;

    @Column(length = 40)
    private String detectedFormat;

    @Lob
    private String proposedColumnMappingsJson;

    @Lob
    private String columnMappingsJson;

    @Lob
    private String warningsJson;

    @Lob
    private String errorsJson;

    @Lob
    private String fileInfoJson;

    private long lineCount;

    protected AnalysisSource() {
    }

    public AnalysisSource(String engagementId, String analysisId, String analysisPeriodId,
            String analysisSourceTypeId, String fileManagerFileId) {
        this.engagementId = engagementId;
        this.analysisId = analysisId;
        this.analysisPeriodId = analysisPeriodId;
        this.analysisSourceTypeId = analysisSourceTypeId;
        this.fileManagerFileId = fileManagerFileId;
    }

    /** The settings a create or update request may set. */
    public void configure(boolean warningsIgnored, boolean applyDegrouper, WorkflowState target,
            String additionalDataColumnField, String proposedColumnMappingsJson) {
        this.warningsIgnored = warningsIgnored;
        this.applyDegrouper = applyDegrouper;
        this.targetWorkflowState = target;
        this.additionalDataColumnField = additionalDataColumnField;
        this.proposedColumnMappingsJson = proposedColumnMappingsJson;
    }

    /** Ingestion (re)starts: whatever an earlier attempt found no longer holds. */
    public void restart() {
        this.workflowState = WorkflowState.STARTED;
        this.warningsJson = null;
        this.errorsJson = null;
        this.lineCount = 0;
    }

    public void advance(WorkflowState state) {
        this.workflowState = state;
    }

    /** Records what ingestion found and where it ended. */
    public void finish(WorkflowState state, String detectedFormat, String columnMappingsJson, String fileInfoJson,
            String warningsJson, String errorsJson, long lineCount) {
        this.workflowState = state;
        this.detectedFormat = detectedFormat;
        this.columnMappingsJson = columnMappingsJson;
        this.fileInfoJson = fileInfoJson;
        this.warningsJson = warningsJson;
        this.errorsJson = errorsJson;
        this.lineCount = lineCount;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisPeriodId() {
        return analysisPeriodId;
    }

    public String getAnalysisSourceTypeId() {
        return analysisSourceTypeId;
    }

    public String getFileManagerFileId() {
        return fileManagerFileId;
    }

    public String getAdditionalDataColumnField() {
        return additionalDataColumnField;
    }

    public boolean isWarningsIgnored() {
        return warningsIgnored;
    }

    public boolean isApplyDegrouper() {
        return applyDegrouper;
    }

    public WorkflowState getWorkflowState() {
        return workflowState;
    }

    public WorkflowState getTargetWorkflowState() {
        return targetWorkflowState;
    }

    public String getDetectedFormat() {
        return detectedFormat;
    }

    public String getProposedColumnMappingsJson() {
        return proposedColumnMappingsJson;
    }

    public String getColumnMappingsJson() {
        return columnMappingsJson;
    }

    public String getWarningsJson() {
        return warningsJson;
    }

    public String getErrorsJson() {
        return errorsJson;
    }

    public String getFileInfoJson() {
        return fileInfoJson;
    }

    public long getLineCount() {
        return lineCount;
    }
}
