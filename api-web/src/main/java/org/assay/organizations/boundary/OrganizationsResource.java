package org.assay.organizations.boundary;

import static org.assay.access.control.Permissions.ORGANIZATIONS_DELETE;
import static org.assay.access.control.Permissions.ORGANIZATIONS_READ;
import static org.assay.access.control.Permissions.ORGANIZATIONS_WRITE;

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

/** {@code /organizations} (api-reference §3.2). */
@Path("organizations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Organizations")
public class OrganizationsResource {

    @Inject
    OrganizationFacade organizations;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(ORGANIZATIONS_WRITE)
    @Operation(summary = "Create an organization", description = "`name` 1–80 characters, unique ignoring case (409).")
    public Response create(OrganizationCreate body) {
        OrganizationRead created = organizations.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ORGANIZATIONS_READ)
    @Operation(summary = "Read an organization")
    public OrganizationRead get(@PathParam("id") String id) {
        return organizations.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ORGANIZATIONS_WRITE)
    @Operation(summary = "Update an organization", description = "Send the version of your last read (409 if stale).")
    public OrganizationRead update(@PathParam("id") String id, OrganizationUpdate body) {
        return organizations.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(ORGANIZATIONS_DELETE)
    @Operation(summary = "Delete an organization")
    public Response delete(@PathParam("id") String id) {
        organizations.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(ORGANIZATIONS_READ)
    @Operation(summary = "Query organizations")
    public PageEnvelope<OrganizationRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(organizations.query(params.with(filter)));
    }
}
