package org.assay.accountgroupings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import org.assay.platform.entity.AuditedEntity;

/**
 * An engagement's copy of an account grouping (the chart that maps accounts to MindBridge account classes).
 * Assay does not import account groupings yet, so engagements have none; the table exists so that the client's
 * child query of every engagement read is answered from real data.
 */
@Entity
@Table(name = "engagement_account_grouping",
        indexes = @Index(name = "ix_eag_engagement", columnList = "engagementId"))
public class EngagementAccountGrouping extends AuditedEntity {

    public enum PublishStatus { DRAFT, UNPUBLISHED_CHANGES, PUBLISHED }

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(length = 24, updatable = false)
    private String accountGroupingId;

    @Column(nullable = false, length = 80)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24)
    private PublishStatus publishStatus = PublishStatus.DRAFT;

    protected EngagementAccountGrouping() {
    }

    public EngagementAccountGrouping(String engagementId, String accountGroupingId, String name) {
        this.engagementId = engagementId;
        this.accountGroupingId = accountGroupingId;
        this.name = name;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAccountGroupingId() {
        return accountGroupingId;
    }

    public String getName() {
        return name;
    }

    public PublishStatus getPublishStatus() {
        return publishStatus;
    }
}
