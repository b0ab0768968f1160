package org.assay.adminreports.boundary;

import static org.assay.access.control.Permissions.ADMIN_REPORTS_RUN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /admin-reports} (api-reference §3.17): reports run as {@code ADMIN_REPORT} jobs; once COMPLETE, the job's
 * {@code entityId} is the CSV file result ({@code GET /file-results/{id}/export}).
 */
@Path("admin-reports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Admin reports")
public class AdminReportsResource {

    @Inject
    AdminReportFacade reports;

    @POST
    @Path("row-usage-report/run")
    @RolesAllowed(ADMIN_REPORTS_RUN)
    @Operation(summary = "Row usage report", description = "Body `{start, end}` (date-times): one CSV row per "
            + "analysis run scored in the period with the journal lines and transactions it scored. 202 with the "
            + "`ADMIN_REPORT` async result.")
    public Response rowUsage(RowUsageReportRun body) {
        return Response.accepted(reports.runRowUsage(body)).build();
    }

    @POST
    @Path("activity-report/run")
    @RolesAllowed(ADMIN_REPORTS_RUN)
    @Operation(summary = "Activity report", description = "Body `{start, end, userIds, categories, "
            + "onlyCompletedAnalyses}`: the audit log's records of the period (API calls and security events) for "
            + "those users and activity categories (empty: all), as CSV. 202 with the `ADMIN_REPORT` async result.")
    public Response activity(ActivityReportRun body) {
        return Response.accepted(reports.runActivity(body)).build();
    }
}
