package org.assay.accountgroupings.boundary;

import static org.assay.access.control.Permissions.ENGAGEMENT_ACCOUNT_GROUPINGS_READ;

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

/** {@code /engagement-account-groupings}: read-only here. accountgroupings1 */
@Path("engagement-account-groupings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Engagement account groupings")
public class EngagementAccountGroupingsResource {

    @Inject
    EngagementAccountGroupingFacade groupings;

    @GET
    @Path("{id}")
    @RolesAllowed(ENGAGEMENT_ACCOUNT_GROUPINGS_READ)
    @Operation(summary = "Read one")
    public EngagementAccountGroupingRead get(@PathParam("id") String id) {
        return groupings.get(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(ENGAGEMENT_ACCOUNT_GROUPINGS_READ)
    @Operation(summary = "Query", description = "The client filters by `analysisId` or `engagementId`.")
    public PageEnvelope<EngagementAccountGroupingRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(groupings.query(params.with(filter)));
    }
}
