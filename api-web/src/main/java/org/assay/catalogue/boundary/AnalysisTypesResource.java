package org.assay.catalogue.boundary;

import static org.assay.access.control.Permissions.ANALYSIS_TYPES_READ;

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

/** {@code /analysis-types} (api-reference §3.5): read-only, seeded. */
@Path("analysis-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis types")
public class AnalysisTypesResource {

    @Inject
    AnalysisTypeFacade analysisTypes;

    @GET
    @Path("{id}")
    @RolesAllowed(ANALYSIS_TYPES_READ)
    @Operation(summary = "Read an analysis type")
    public AnalysisTypeRead get(@PathParam("id") String id) {
        return analysisTypes.get(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(ANALYSIS_TYPES_READ)
    @Operation(summary = "Query analysis types")
    public PageEnvelope<AnalysisTypeRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(analysisTypes.query(params.with(filter)));
    }
}
