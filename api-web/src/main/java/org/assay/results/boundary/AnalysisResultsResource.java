package org.assay.results.boundary;

import static org.assay.access.control.Permissions.ANALYSES_READ;

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

/** {@code /analysis-results}: read-only here. results1 */
@Path("analysis-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis results")
public class AnalysisResultsResource {

    @Inject
    ResultFacade results;

    @GET
    @Path("{id}")
    @RolesAllowed(ANALYSES_READ)
    @Operation(summary = "Read one")
    public AnalysisResultRead get(@PathParam("id") String id) {
        return results.result(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(ANALYSES_READ)
    @Operation(summary = "Query", description = "The client filters by `analysisId` or `engagementId`.")
    public PageEnvelope<AnalysisResultRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(results.results(params.with(filter)));
    }
}
