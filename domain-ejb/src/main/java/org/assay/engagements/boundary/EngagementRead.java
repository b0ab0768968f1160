package org.assay.engagements.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.assay.engagements.entity.Engagement;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiEngagementRead}. */
public record EngagementRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String organizationId, String name,
        String billingCode, String libraryId, AccountingPeriodData accountingPeriod, LocalDate auditPeriodEndDate,
        String accountingPackage, String industry, String engagementLeadId, String reportingPeriodConfigurationId,
        List<String> auditorIds) {

    public static EngagementRead of(Engagement e) {
        return new EngagementRead(e.getId(), e.getVersion(), e.getCreationDate(), e.getLastModifiedDate(),
                UserInfoRead.of(e.getCreatedUserInfo()), UserInfoRead.of(e.getLastModifiedUserInfo()),
                e.getOrganizationId(), e.getName(), e.getBillingCode(), e.getLibraryId(),
                AccountingPeriodData.of(e.getAccountingPeriod()), e.getAuditPeriodEndDate(), e.getAccountingPackage(),
                e.getIndustry(), e.getEngagementLeadId(), e.getReportingPeriodConfigurationId(),
                e.getAuditorIds().stream().sorted().toList());
    }
}
