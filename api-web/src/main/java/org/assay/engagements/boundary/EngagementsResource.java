package org.assay.engagements.boundary;

import static org.assay.access.control.Permissions.ENGAGEMENTS_DELETE;
import static org.assay.access.control.Permissions.ENGAGEMENTS_READ;
import static org.assay.access.control.Permissions.ENGAGEMENTS_WRITE;

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

/** {@code /engagements} (api-reference §3.3). */
@Path("engagements")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagements")
public class EngagementsResource {

    @Inject
    EngagementFacade engagements;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(ENGAGEMENTS_WRITE)
    @Operation(summary = "Create an engagement", description = "`name` 1–80 characters, unique within the "
            + "organization ignoring case (409); missing fields get the official client's defaults.")
    public Response create(EngagementCreate body) {
        EngagementRead created = engagements.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ENGAGEMENTS_READ)
    @Operation(summary = "Read an engagement")
    public EngagementRead get(@PathParam("id") String id) {
        return engagements.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ENGAGEMENTS_WRITE)
    @Operation(summary = "Update an engagement", description = "Send the version of your last read (409 if stale).")
    public EngagementRead update(@PathParam("id") String id, EngagementUpdate body) {
        return engagements.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(ENGAGEMENTS_DELETE)
    @Operation(summary = "Delete an engagement", description = "Refused (409) while it holds analyses or files.")
    public Response delete(@PathParam("id") String id) {
        engagements.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(ENGAGEMENTS_READ)
    @Operation(summary = "Query engagements")
    public PageEnvelope<EngagementRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(engagements.query(params.with(filter)));
    }
}
