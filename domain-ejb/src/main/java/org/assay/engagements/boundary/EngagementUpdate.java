package org.assay.engagements.boundary;

import java.time.LocalDate;
import java.util.List;

/** {@code ApiEngagementUpdate}: a full replacement of the editable fields, guarded by {@code version}. */
public record EngagementUpdate(Long version, String name, String billingCode, AccountingPeriodData accountingPeriod,
        LocalDate auditPeriodEndDate, String accountingPackage, String industry, String engagementLeadId,
        String reportingPeriodConfigurationId, List<String> auditorIds) {
}
