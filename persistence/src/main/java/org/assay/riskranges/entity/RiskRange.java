package org.assay.riskranges.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Objects;
import org.assay.platform.entity.AuditedEntity;

/**
 * The bands of risk scores an analysis type's results are shown in ({@code ApiRiskRangesRead}), kept for one
 * library, one engagement, or — the seeded system default — for everybody. At most one range exists per scope and
 * analysis type; the database enforces it through {@code scopeKey} so that two concurrent creates cannot both win.
 * The audit fields of the base entity are kept but, as in the reference, never shown.
 */
@Entity
@Table(name = "risk_range",
        uniqueConstraints = @UniqueConstraint(name = "uk_risk_range_scope",
                columnNames = {"scope_key", "analysisTypeId"}),
        indexes = @Index(name = "ix_risk_range_engagement", columnList = "engagementId"))
@NamedQuery(name = RiskRange.BY_SCOPE, query = "select r from RiskRange r where r.scopeKey = :scopeKey "
        + "and r.analysisTypeId = :analysisTypeId")
@NamedQuery(name = RiskRange.OF_ENGAGEMENT, query = "select r from RiskRange r where r.engagementId = :engagementId")
public class RiskRange extends AuditedEntity {

    public static final String BY_SCOPE = "RiskRange.byScope";
    public static final String OF_ENGAGEMENT = "RiskRange.ofEngagement";
    public static final int NAME_MAX = 80;
    public static final int DESCRIPTION_MAX = 250;
    public static final String SYSTEM_SCOPE = "system";

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lowThreshold", column = @Column(name = "low_from", nullable = false)),
        @AttributeOverride(name = "highThreshold", column = @Column(name = "low_to", nullable = false))
    })
    private RiskBand low;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lowThreshold", column = @Column(name = "medium_from", nullable = false)),
        @AttributeOverride(name = "highThreshold", column = @Column(name = "medium_to", nullable = false))
    })
    private RiskBand medium;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "lowThreshold", column = @Column(name = "high_from", nullable = false)),
        @AttributeOverride(name = "highThreshold", column = @Column(name = "high_to", nullable = false))
    })
    private RiskBand high;

    @Column(nullable = false, updatable = false)
    private boolean system;

    @Column(length = 24, updatable = false)
    private String libraryId;

    @Column(length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisTypeId;

    /** {@code library:<id>}, {@code engagement:<id>} or {@value #SYSTEM_SCOPE}: what the range applies to. */
    @Column(name = "scope_key", nullable = false, length = 40, updatable = false)
    private String scopeKey;

    protected RiskRange() {
    }

    /** A range of a library or (exactly one of the two) of an engagement. */
    public RiskRange(String libraryId, String engagementId, String analysisTypeId) {
        if ((libraryId == null) == (engagementId == null)) {
            throw new IllegalArgumentException("a risk range belongs to a library or to an engagement");
        }
        this.libraryId = libraryId;
        this.engagementId = engagementId;
        this.analysisTypeId = Objects.requireNonNull(analysisTypeId);
        this.scopeKey = scopeKey(libraryId, engagementId);
    }

    /** The seeded system default, under the id the seed fixes. */
    public RiskRange(String fixedId, String analysisTypeId) {
        super(fixedId);
        this.system = true;
        this.analysisTypeId = Objects.requireNonNull(analysisTypeId);
        this.scopeKey = SYSTEM_SCOPE;
    }

    /** The {@code scopeKey} of a library's or an engagement's ranges ({@code null}s for the system default). */
    public static String scopeKey(String libraryId, String engagementId) {
        if (engagementId != null) {
            return "engagement:" + engagementId;
        }
        return libraryId != null ? "library:" + libraryId : SYSTEM_SCOPE;
    }

    public void describe(String newName, String newDescription) {
        this.name = newName.trim();
        this.description = newDescription;
    }

    public void setBands(RiskBand newLow, RiskBand newMedium, RiskBand newHigh) {
        this.low = Objects.requireNonNull(newLow);
        this.medium = Objects.requireNonNull(newMedium);
        this.high = Objects.requireNonNull(newHigh);
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public RiskBand getLow() {
        return low;
    }

    public RiskBand getMedium() {
        return medium;
    }

    public RiskBand getHigh() {
        return high;
    }

    public boolean isSystem() {
        return system;
    }

    public String getLibraryId() {
        return libraryId;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAnalysisTypeId() {
        return analysisTypeId;
    }
}
