package org.assay.results.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.assay.platform.entity.AuditedEntity;

/**
 * A table of an analysis result that partners query and export ({@code gl_journal_lines}, {@code gl_journal_tx},
 * …), described by its column metadata ({@code ApiDataTableColumnRead}, stored as JSON).
 */
@Entity
@Table(name = "data_table", indexes = {
    @Index(name = "ix_data_table_analysis", columnList = "analysisId"),
    @Index(name = "ix_data_table_result", columnList = "analysisResultId")})
public class DataTable extends AuditedEntity {

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisResultId;

    @Column(nullable = false, length = 80, updatable = false)
    private String logicalName;

    @Column(length = 80)
    private String type;

    @Lob
    @Column(nullable = false)
    private String columnsJson;

    /** False while the run that owns the table is still writing its rows: row reads answer 423 until then. */
    private boolean loaded;

    protected DataTable() {
    }

    public DataTable(String engagementId, String analysisId, String analysisResultId, String logicalName, String type,
            String columnsJson) {
        this.engagementId = engagementId;
        this.analysisId = analysisId;
        this.analysisResultId = analysisResultId;
        this.logicalName = logicalName;
        this.type = type;
        this.columnsJson = columnsJson;
    }

    /** The run wrote every row: the table can be read. */
    public void markLoaded() {
        this.loaded = true;
    }

    public boolean isLoaded() {
        return loaded;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisResultId() {
        return analysisResultId;
    }

    public String getLogicalName() {
        return logicalName;
    }

    public String getType() {
        return type;
    }

    public String getColumnsJson() {
        return columnsJson;
    }
}
