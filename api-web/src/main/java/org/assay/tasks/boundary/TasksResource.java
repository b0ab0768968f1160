package org.assay.tasks.boundary;

import static org.assay.access.control.Permissions.TASKS_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /tasks}: read-only here. tasks1 */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TasksResource {

    @Inject
    TaskFacade tasks;

    @GET
    @Path("{id}")
    @RolesAllowed(TASKS_READ)
    @Operation(summary = "Read one")
    public TaskRead get(@PathParam("id") String id) {
        return tasks.get(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(TASKS_READ)
    @Operation(summary = "Query", description = "The client filters by `analysisId` or `engagementId`.")
    public PageEnvelope<TaskRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(tasks.query(params.with(filter)));
    }
}
