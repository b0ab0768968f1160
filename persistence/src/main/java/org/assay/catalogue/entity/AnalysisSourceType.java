package org.assay.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.assay.platform.entity.AuditedEntity;

/** A kind of source file (general-ledger journal, opening balance …) and its columns. Read-only and seeded. */
@Entity
@Table(name = "analysis_source_type")
public class AnalysisSourceType extends AuditedEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 120)
    private String interimName;

    private boolean archived;

    @Column(nullable = false, length = 400)
    private String features;

    @Lob
    @Column(nullable = false)
    private String columnDefinitionsJson;

    protected AnalysisSourceType() {
    }

    public AnalysisSourceType(String fixedId, String name) {
        super(fixedId);
        this.name = name;
    }

    /** Replaces every seeded attribute; {@code features} is a comma-separated list of the reference's enum. */
    public void describe(String name, String interimName, String features, String columnDefinitionsJson) {
        this.name = name;
        this.interimName = interimName;
        this.features = features;
        this.columnDefinitionsJson = columnDefinitionsJson;
    }

    public String getName() {
        return name;
    }

    public String getInterimName() {
        return interimName;
    }

    public boolean isArchived() {
        return archived;
    }

    public String getFeatures() {
        return features;
    }

    public String getColumnDefinitionsJson() {
        return columnDefinitionsJson;
    }
}
