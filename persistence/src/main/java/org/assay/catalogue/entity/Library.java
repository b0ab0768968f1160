package org.assay.catalogue.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.assay.platform.entity.AuditedEntity;

/**
 * A library: the analysis types and settings an engagement starts from. The system libraries are seeded with the
 * reference's fixed ids because the official client and partner scripts hard-code them.
 */
@Entity
@Table(name = "library")
public class Library extends AuditedEntity {

    @Column(nullable = false, length = 80)
    private String name;

    @Column(length = 24)
    private String basedOnLibraryId;

    @Column(length = 24)
    private String originalSystemLibraryId;

    @Column(length = 24)
    private String accountGroupingId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "library_analysis_type", joinColumns = @JoinColumn(name = "library_id"))
    @OrderColumn(name = "position")
    @Column(name = "analysis_type_id", length = 24)
    private List<String> analysisTypeIds = new ArrayList<>();

    @Column(length = 8)
    private String defaultDelimiter;

    @Column(nullable = false, length = 32)
    private String riskScoreDisplay;

    private boolean system;

    private boolean archived;

    private boolean warningsDismissed;

    // What engagements built on this library may change; a system library leaves every choice to them.
    private boolean controlPointSelectionPermission = true;

    private boolean controlPointWeightPermission = true;

    private boolean controlPointSettingsPermission = true;

    private boolean riskScoreAndGroupsSelectionPermission = true;

    private boolean riskRangeEditPermission = true;

    protected Library() {
    }

    /** A system library. */
    public Library(String fixedId, String name, List<String> analysisTypeIds, String riskScoreDisplay) {
        super(fixedId);
        describe(name, analysisTypeIds, riskScoreDisplay);
        this.system = true;
        this.originalSystemLibraryId = fixedId;
        this.defaultDelimiter = ",";
    }

    /** Replaces the seeded attributes of a system library. */
    public void describe(String name, List<String> analysisTypeIds, String riskScoreDisplay) {
        this.name = name;
        this.analysisTypeIds.clear();
        this.analysisTypeIds.addAll(analysisTypeIds);
        this.riskScoreDisplay = riskScoreDisplay;
    }

    public String getName() {
        return name;
    }

    public String getBasedOnLibraryId() {
        return basedOnLibraryId;
    }

    public String getOriginalSystemLibraryId() {
        return originalSystemLibraryId;
    }

    public String getAccountGroupingId() {
        return accountGroupingId;
    }

    public List<String> getAnalysisTypeIds() {
        return List.copyOf(analysisTypeIds);
    }

    public String getDefaultDelimiter() {
        return defaultDelimiter;
    }

    public String getRiskScoreDisplay() {
        return riskScoreDisplay;
    }

    public boolean isSystem() {
        return system;
    }

    public boolean isArchived() {
        return archived;
    }

    public boolean isWarningsDismissed() {
        return warningsDismissed;
    }

    public boolean isControlPointSelectionPermission() {
        return controlPointSelectionPermission;
    }

    public boolean isControlPointWeightPermission() {
        return controlPointWeightPermission;
    }

    public boolean isControlPointSettingsPermission() {
        return controlPointSettingsPermission;
    }

    public boolean isRiskScoreAndGroupsSelectionPermission() {
        return riskScoreAndGroupsSelectionPermission;
    }

    public boolean isRiskRangeEditPermission() {
        return riskRangeEditPermission;
    }
}
