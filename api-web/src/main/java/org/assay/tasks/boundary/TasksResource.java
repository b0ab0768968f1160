package org.assay.tasks.boundary;

import static org.assay.access.control.Permissions.TASKS_DELETE;
import static org.assay.access.control.Permissions.TASKS_READ;
import static org.assay.access.control.Permissions.TASKS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /tasks} (api-reference §3.14). */
@Path("tasks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Tasks")
public class TasksResource {

    @Inject
    TaskFacade tasks;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(TASKS_WRITE)
    @Operation(summary = "Create a task", description = "On a scored row of an analysis result: `rowId` for entry "
            + "types, `transactionId` for `TRANSACTION`. The analysis, its type and the engagement come from "
            + "`analysisResultId`; `engagementId`, if sent, must be the result's.")
    public Response create(TaskCreate body) {
        TaskRead created = tasks.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(TASKS_READ)
    @Operation(summary = "Read a task")
    public TaskRead get(@PathParam("id") String id) {
        return tasks.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(TASKS_WRITE)
    @Operation(summary = "Update a task", description = "Send the version of your last read (409 if stale).")
    public TaskRead update(@PathParam("id") String id, TaskUpdate body) {
        return tasks.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(TASKS_DELETE)
    @Operation(summary = "Delete a task")
    public Response delete(@PathParam("id") String id) {
        tasks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/add-comment")
    @RolesAllowed(TASKS_WRITE)
    @Operation(summary = "Comment on a task", description = "Answers the task with the comment appended.")
    public TaskRead addComment(@PathParam("id") String id, TaskCommentCreate body) {
        return tasks.addComment(id, body);
    }

    @POST
    @Path("query")
    @RolesAllowed(TASKS_READ)
    @Operation(summary = "Query tasks", description = "The client filters by `analysisId`; `auditAreas`, "
            + "`assertions` and `tags` match tasks holding the value.")
    public PageEnvelope<TaskRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(tasks.query(params.with(filter)));
    }
}
