package org.assay.adminreports.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.Writer;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assay.adminreports.control.ActivityCategory;
import org.assay.audit.entity.AuditEvent;
import org.assay.audit.entity.AuditRecord;
import org.assay.exports.boundary.FileJob;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHeartbeat;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.control.CsvWriter;

/**
 * The {@code ADMIN_REPORT} job: writes the activity report (from the audit log) or the row usage report (from the
 * analysis runs) as CSV, page by page, into its file result ({@link FileJob}).
 */
@ApplicationScoped
public class AdminReportJob extends FileJob {

    static final List<String> ACTIVITY_COLUMNS = List.of("time", "category", "event", "user_id", "user_name",
            "token_id", "partial_token", "method", "route", "status", "resource_ids", "client_address", "user_agent",
            "request_id", "detail");
    static final List<String> ROW_USAGE_COLUMNS = List.of("run_date", "organization_id", "organization_name",
            "engagement_id", "engagement_name", "analysis_id", "analysis_name", "analysis_result_id", "rows",
            "transactions", "run_by");

    private static final int PAGE = 1_000;
    private static final Pattern OBJECT_ID = Pattern.compile("[0-9a-f]{24}");

    @Inject
    AdminReportRows rows;

    @Inject
    Clock clock;

    @Override
    public AsyncResult.Type type() {
        return AsyncResult.Type.ADMIN_REPORT;
    }

    @Override
    protected void write(JobContext job, JsonObject request, Writer out) {
        Instant start = Instant.parse(request.getString("start"));
        Instant end = Instant.parse(request.getString("end"));
        JobHeartbeat heartbeat = new JobHeartbeat(job, clock);
        CsvWriter csv = new CsvWriter(out);
        if (AdminReportFacade.ACTIVITY.equals(request.getString("report"))) {
            activity(csv, start, end, request, heartbeat);
        } else {
            rowUsage(csv, start, end, heartbeat);
        }
    }

    private void activity(CsvWriter csv, Instant start, Instant end, JsonObject request, Runnable heartbeat) {
        csv.row(ACTIVITY_COLUMNS);
        Set<String> users = strings(request, "userIds");
        Set<ActivityCategory> categories = strings(request, "categories").stream().map(ActivityCategory::valueOf)
                .collect(Collectors.toSet());
        boolean onlyCompleted = request.getBoolean("onlyCompletedAnalyses", false);
        Map<String, String> names = new HashMap<>();
        Map<String, Boolean> completed = new HashMap<>();
        Instant afterTime = Instant.EPOCH;
        String afterId = "";
        for (List<AuditEvent> page = rows.auditEvents(start, end, afterTime, afterId, PAGE); !page.isEmpty();
                page = rows.auditEvents(start, end, afterTime, afterId, PAGE)) {
            for (AuditEvent event : page) {
                AuditRecord r = event.record();
                Optional<ActivityCategory> category = ActivityCategory.of(r.type(), r.route());
                boolean wanted = (users.isEmpty() || users.contains(r.userId()))
                        && (categories.isEmpty() || category.filter(categories::contains).isPresent())
                        && !(onlyCompleted && category.orElse(null) == ActivityCategory.ANALYSIS
                                && !analysesCompleted(r.resourceIds(), completed));
                if (wanted) {
                    csv.row(Arrays.asList(r.time().toString(), category.map(Enum::name).orElse(null), r.type().name(),
                            r.userId(), names.computeIfAbsent(String.valueOf(r.userId()), id -> rows.userName(r.userId())),
                            r.tokenId(), r.partialToken(), r.method(), r.route(), r.status(), r.resourceIds(),
                            r.clientAddress(), r.userAgent(), r.requestId(), r.detail()));
                }
            }
            AuditEvent last = page.get(page.size() - 1);
            afterTime = last.getTime();
            afterId = last.getId();
            heartbeat.run();
        }
    }

    /** Whether every analysis named in the record's resource ids completed (a record naming none is kept). */
    private boolean analysesCompleted(String resourceIds, Map<String, Boolean> completed) {
        if (resourceIds == null) {
            return true;
        }
        Matcher ids = OBJECT_ID.matcher(resourceIds);
        while (ids.find()) {
            if (!completed.computeIfAbsent(ids.group(), rows::completed)) {
                return false;
            }
        }
        return true;
    }

    private void rowUsage(CsvWriter csv, Instant start, Instant end, Runnable heartbeat) {
        csv.row(ROW_USAGE_COLUMNS);
        Instant afterTime = Instant.EPOCH;
        String afterId = "";
        for (List<AdminReportRows.AnalysisRun> page = rows.analysisRuns(start, end, afterTime, afterId, PAGE);
                !page.isEmpty(); page = rows.analysisRuns(start, end, afterTime, afterId, PAGE)) {
            for (AdminReportRows.AnalysisRun run : page) {
                csv.row(Arrays.asList(run.ranAt().toString(), run.organizationId(), run.organizationName(),
                        run.engagementId(), run.engagementName(), run.analysisId(), run.analysisName(),
                        run.analysisResultId(), run.lines(), run.transactions(), run.ranBy()));
            }
            AdminReportRows.AnalysisRun last = page.get(page.size() - 1);
            afterTime = last.ranAt();
            afterId = last.analysisResultId();
            heartbeat.run();
        }
    }

    private static Set<String> strings(JsonObject request, String key) {
        return request.getJsonArray(key).getValuesAs(JsonString::getString).stream().collect(Collectors.toSet());
    }
}
