package org.assay.adminreports.boundary;

import java.time.OffsetDateTime;

/** {@code RunAdminReportRequestCreate}: the period whose analysis runs the row usage report counts. */
public record RowUsageReportRun(OffsetDateTime start, OffsetDateTime end) {
}
