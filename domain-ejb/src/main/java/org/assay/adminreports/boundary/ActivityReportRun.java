package org.assay.adminreports.boundary;

import java.time.OffsetDateTime;
import java.util.List;
import org.assay.adminreports.control.ActivityCategory;

/**
 * {@code RunActivityReportRequestCreate}: the period, the users (empty: all) and categories (empty: all) the activity
 * report covers, and whether analysis activity is kept only for analyses whose latest run completed.
 */
public record ActivityReportRun(OffsetDateTime start, OffsetDateTime end, List<String> userIds,
        List<ActivityCategory> categories, Boolean onlyCompletedAnalyses) {
}
