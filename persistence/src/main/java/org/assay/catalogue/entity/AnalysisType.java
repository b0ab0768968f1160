package org.assay.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;
import org.assay.platform.entity.AuditedEntity;

/**
 * A kind of analysis (general ledger, accounts payable …) and the source files it takes. Read-only and seeded; the
 * source configurations are kept as the reference's JSON because nothing queries inside them.
 */
@Entity
@Table(name = "analysis_type")
public class AnalysisType extends AuditedEntity {

    @Column(nullable = false, length = 120)
    private String name;

    @Column(length = 120)
    private String interimName;

    @Column(length = 1000)
    private String description;

    private boolean accountMappingRequired;

    private boolean fundSupported;

    private boolean interimSupported;

    private boolean periodicSupported;

    private boolean archived;

    private int maxPeriod;

    @Lob
    @Column(nullable = false)
    private String sourceConfigurationsJson;

    protected AnalysisType() {
    }

    public AnalysisType(String fixedId, String name) {
        super(fixedId);
        this.name = name;
    }

    /** Replaces every seeded attribute: the seed file is the truth for system types. */
    public void describe(String name, String interimName, String description, boolean accountMappingRequired,
            boolean fundSupported, boolean interimSupported, boolean periodicSupported, int maxPeriod,
            String sourceConfigurationsJson) {
        this.name = name;
        this.interimName = interimName;
        this.description = description;
        this.accountMappingRequired = accountMappingRequired;
        this.fundSupported = fundSupported;
        this.interimSupported = interimSupported;
        this.periodicSupported = periodicSupported;
        this.maxPeriod = maxPeriod;
        this.sourceConfigurationsJson = sourceConfigurationsJson;
    }

    public String getName() {
        return name;
    }

    public String getInterimName() {
        return interimName;
    }

    public String getDescription() {
        return description;
    }

    public boolean isAccountMappingRequired() {
        return accountMappingRequired;
    }

    public boolean isFundSupported() {
        return fundSupported;
    }

    public boolean isInterimSupported() {
        return interimSupported;
    }

    public boolean isPeriodicSupported() {
        return periodicSupported;
    }

    public boolean isArchived() {
        return archived;
    }

    public int getMaxPeriod() {
        return maxPeriod;
    }

    public String getSourceConfigurationsJson() {
        return sourceConfigurationsJson;
    }
}
