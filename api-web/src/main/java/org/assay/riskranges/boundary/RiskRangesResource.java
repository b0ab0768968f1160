package org.assay.riskranges.boundary;

import static org.assay.access.control.Permissions.RISK_RANGES_DELETE;
import static org.assay.access.control.Permissions.RISK_RANGES_READ;
import static org.assay.access.control.Permissions.RISK_RANGES_WRITE;

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

/** {@code /risk-ranges} (api-reference §3.15). */
@Path("risk-ranges")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Risk ranges")
public class RiskRangesResource {

    @Inject
    RiskRangeFacade ranges;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(RISK_RANGES_WRITE)
    @Operation(summary = "Create a risk range", description = "For a library (`libraryId`) or, as an Assay "
            + "extension, for one engagement (`engagementId`); one range per library or engagement and analysis type "
            + "(409). `low`, `medium` and `high` must cover 0–10000 without gaps or overlaps, in that order.")
    public Response create(RiskRangeCreate body) {
        RiskRangeRead created = ranges.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(RISK_RANGES_READ)
    @Operation(summary = "Read a risk range")
    public RiskRangeRead get(@PathParam("id") String id) {
        return ranges.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(RISK_RANGES_WRITE)
    @Operation(summary = "Update a risk range", description = "Send the version of your last read (409 if stale). "
            + "The system default cannot be changed (409).")
    public RiskRangeRead update(@PathParam("id") String id, RiskRangeUpdate body) {
        return ranges.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(RISK_RANGES_DELETE)
    @Operation(summary = "Delete a risk range", description = "The system default cannot be deleted (409).")
    public Response delete(@PathParam("id") String id) {
        ranges.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(RISK_RANGES_READ)
    @Operation(summary = "Query risk ranges", description = "Fields: `id`, `libraryId`, `engagementId`, "
            + "`analysisTypeId`, `name`, `system`.")
    public PageEnvelope<RiskRangeRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(ranges.query(params.with(filter)));
    }
}
