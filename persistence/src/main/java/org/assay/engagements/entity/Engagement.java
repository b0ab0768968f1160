package org.assay.engagements.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.assay.platform.entity.AuditedEntity;

/**
 * One audit of one organization: the container of files, analyses and their results. Names are unique within the
 * organization ignoring case and surrounding blanks, enforced by the database through {@code nameKey}.
 */
@Entity
@Table(name = "engagement",
        uniqueConstraints = @UniqueConstraint(name = "uk_engagement_name", columnNames = {"organizationId", "name_key"}),
        indexes = @Index(name = "ix_engagement_organization", columnList = "organizationId"))
@NamedQuery(name = Engagement.BY_NAME_KEY,
        query = "select e from Engagement e where e.organizationId = :organizationId and e.nameKey = :nameKey")
@NamedQuery(name = Engagement.COUNT_IN_ORGANIZATION,
        query = "select count(e) from Engagement e where e.organizationId = :organizationId")
public class Engagement extends AuditedEntity {

    public static final String BY_NAME_KEY = "Engagement.byNameKey";
    public static final String COUNT_IN_ORGANIZATION = "Engagement.countInOrganization";
    public static final int NAME_MAX = 80;
    public static final int TEXT_MAX = 80;

    @Column(nullable = false, length = 24, updatable = false)
    private String organizationId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(length = TEXT_MAX)
    private String billingCode;

    @Column(nullable = false, length = 24, updatable = false)
    private String libraryId;

    @Embedded
    private AccountingPeriod accountingPeriod;

    private LocalDate auditPeriodEndDate;

    @Column(length = TEXT_MAX)
    private String accountingPackage;

    @Column(length = TEXT_MAX)
    private String industry;

    @Column(length = 24)
    private String engagementLeadId;

    @Column(length = 24)
    private String reportingPeriodConfigurationId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "engagement_auditor", joinColumns = @JoinColumn(name = "engagement_id"))
    @Column(name = "user_id", length = 24)
    private Set<String> auditorIds = new LinkedHashSet<>();

    protected Engagement() {
    }

    public Engagement(String organizationId, String libraryId, String name) {
        this.organizationId = organizationId;
        this.libraryId = libraryId;
        rename(name);
    }

    public static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        this.name = newName.trim();
        this.nameKey = nameKey(newName);
    }

    /** Everything a PUT may change besides the name. */
    public void describe(String billingCode, AccountingPeriod accountingPeriod, LocalDate auditPeriodEndDate,
            String accountingPackage, String industry, String engagementLeadId, String reportingPeriodConfigurationId,
            Collection<String> auditorIds) {
        this.billingCode = billingCode;
        this.accountingPeriod = accountingPeriod;
        this.auditPeriodEndDate = auditPeriodEndDate;
        this.accountingPackage = accountingPackage;
        this.industry = industry;
        this.engagementLeadId = engagementLeadId;
        this.reportingPeriodConfigurationId = reportingPeriodConfigurationId;
        this.auditorIds.clear();
        this.auditorIds.addAll(auditorIds);
    }

    public String getOrganizationId() {
        return organizationId;
    }

    public String getName() {
        return name;
    }

    public String getBillingCode() {
        return billingCode;
    }

    public String getLibraryId() {
        return libraryId;
    }

    public AccountingPeriod getAccountingPeriod() {
        return accountingPeriod;
    }

    public LocalDate getAuditPeriodEndDate() {
        return auditPeriodEndDate;
    }

    public String getAccountingPackage() {
        return accountingPackage;
    }

    public String getIndustry() {
        return industry;
    }

    public String getEngagementLeadId() {
        return engagementLeadId;
    }

    public String getReportingPeriodConfigurationId() {
        return reportingPeriodConfigurationId;
    }

    public Set<String> getAuditorIds() {
        return Set.copyOf(auditorIds);
    }
}
