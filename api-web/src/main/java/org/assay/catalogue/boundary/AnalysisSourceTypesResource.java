package org.assay.catalogue.boundary;

import static org.assay.access.control.Permissions.ANALYSIS_SOURCE_TYPES_READ;

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

/** {@code /analysis-source-types} (api-reference §3.5): read-only, seeded. */
@Path("analysis-source-types")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis source types")
public class AnalysisSourceTypesResource {

    @Inject
    AnalysisSourceTypeFacade analysisSourceTypes;

    @GET
    @Path("{id}")
    @RolesAllowed(ANALYSIS_SOURCE_TYPES_READ)
    @Operation(summary = "Read an analysis source type")
    public AnalysisSourceTypeRead get(@PathParam("id") String id) {
        return analysisSourceTypes.get(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(ANALYSIS_SOURCE_TYPES_READ)
    @Operation(summary = "Query analysis source types")
    public PageEnvelope<AnalysisSourceTypeRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(analysisSourceTypes.query(params.with(filter)));
    }
}
