package org.assay.adminreports.boundary;

import static org.assay.access.control.Permissions.ADMIN_REPORTS_RUN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.assay.adminreports.control.ActivityCategory;
import org.assay.exports.boundary.FileJobs;
import org.assay.exports.entity.FileResult;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.users.entity.User;

/**
 * The admin reports of the reference ({@code /admin-reports/.../run}): each runs as an {@code ADMIN_REPORT} job whose
 * {@code entityId} is the CSV file result, readable by holders of {@code api.admin-reports.run}.
 */
@Stateless
public class AdminReportFacade {

    static final String ROW_USAGE = "row-usage";
    static final String ACTIVITY = "activity";

    @Inject
    EntityStore store;

    @Inject
    FileJobs fileJobs;

    @RolesAllowed(ADMIN_REPORTS_RUN)
    public AsyncResultRead runRowUsage(RowUsageReportRun request) {
        checkPeriod(request.start(), request.end(), new ArrayList<>());
        return start("row_usage_report.csv", period(ROW_USAGE, request.start(), request.end()));
    }

    @RolesAllowed(ADMIN_REPORTS_RUN)
    public AsyncResultRead runActivity(ActivityReportRun request) {
        List<Problem> problems = new ArrayList<>();
        List<String> userIds = request.userIds() == null ? List.of() : request.userIds();
        for (int i = 0; i < userIds.size(); i++) {
            if (userIds.get(i) == null || !store.exists(User.class, userIds.get(i))) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "userIds[" + i + "]",
                        "no user has the id " + userIds.get(i)));
            }
        }
        checkPeriod(request.start(), request.end(), problems);
        JsonArrayBuilder users = Json.createArrayBuilder();
        userIds.forEach(users::add);
        JsonArrayBuilder categories = Json.createArrayBuilder();
        (request.categories() == null ? List.<ActivityCategory>of() : request.categories())
                .forEach(category -> categories.add(category.name()));
        return start("activity_report.csv", period(ACTIVITY, request.start(), request.end())
                .add("userIds", users).add("categories", categories)
                .add("onlyCompletedAnalyses", Boolean.TRUE.equals(request.onlyCompletedAnalyses())));
    }

    private AsyncResultRead start(String fileName, JsonObjectBuilder request) {
        return fileJobs.start(AsyncResult.Type.ADMIN_REPORT, FileResult.Kind.ADMIN_REPORT, fileName, null,
                request.build().toString());
    }

    private static JsonObjectBuilder period(String report, OffsetDateTime start, OffsetDateTime end) {
        return Json.createObjectBuilder().add("report", report).add("start", start.toInstant().toString())
                .add("end", end.toInstant().toString());
    }

    private static void checkPeriod(OffsetDateTime start, OffsetDateTime end, List<Problem> problems) {
        if (start == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "start", "start is required"));
        }
        if (end == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "end", "end is required"));
        }
        if (start != null && end != null && !end.isAfter(start)) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, "end", "end must be after start ("
                    + start + ")"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }
}
