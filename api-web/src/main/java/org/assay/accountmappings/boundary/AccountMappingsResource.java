package org.assay.accountmappings.boundary;

import static org.assay.access.control.Permissions.ENGAGEMENTS_READ;
import static org.assay.access.control.Permissions.ENGAGEMENTS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /account-mappings}: one mapping per account an engagement's ingested files use. The verify and
 * delete-unused actions answer 204 (the client ignores their body and reads the engagement again).
 */
@Path("account-mappings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Account mappings")
public class AccountMappingsResource {

    @Inject
    AccountMappingFacade mappings;

    @GET
    @Path("{id}")
    @RolesAllowed(ENGAGEMENTS_READ)
    @Operation(summary = "Read an account mapping")
    public AccountMappingRead get(@PathParam("id") String id) {
        return mappings.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ENGAGEMENTS_WRITE)
    @Operation(summary = "Map an account", description = "A `code` makes it `MANUAL`, none `UNMAPPED`.")
    public AccountMappingRead update(@PathParam("id") String id, AccountMappingUpdate body) {
        return mappings.update(id, body);
    }

    @POST
    @Path("export")
    @RolesAllowed(ENGAGEMENTS_READ)
    @Operation(summary = "Export the engagement's account mappings", description = "Body `{engagementId}`; 202 with "
            + "the `ACCOUNT_MAPPING_EXPORT` async result whose `entityId` is the CSV file result.")
    public Response export(EngagementReference body) {
        return Response.accepted(mappings.export(body)).build();
    }

    @POST
    @Path("verify")
    @RolesAllowed(ENGAGEMENTS_WRITE)
    @Operation(summary = "Verify the engagement's mapped accounts", description = "Unmapped accounts stay unmapped.")
    public Response verify(EngagementReference body) {
        mappings.verify(body);
        return Response.noContent().build();
    }

    @POST
    @Path("delete-unused")
    @RolesAllowed(ENGAGEMENTS_WRITE)
    @Operation(summary = "Delete mappings of accounts no ingested line uses")
    public Response deleteUnused(EngagementReference body) {
        mappings.deleteUnused(body);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(ENGAGEMENTS_READ)
    @Operation(summary = "Query account mappings", description = "The client filters by `engagementId`.")
    public PageEnvelope<AccountMappingRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(mappings.query(params.with(filter)));
    }
}
