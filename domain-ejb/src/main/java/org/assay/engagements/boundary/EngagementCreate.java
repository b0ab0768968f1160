package org.assay.engagements.boundary;

import java.time.LocalDate;
import java.util.List;

/** {@code ApiEngagementCreate}. */
public record EngagementCreate(String organizationId, String name, String billingCode, String libraryId,
        AccountingPeriodData accountingPeriod, LocalDate auditPeriodEndDate, String accountingPackage, String industry,
        String engagementLeadId, String settingsBasedOnEngagementId, String reportingPeriodConfigurationId,
        List<String> auditorIds) {
}
