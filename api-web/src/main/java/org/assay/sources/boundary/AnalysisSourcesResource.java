package org.assay.sources.boundary;

import static org.assay.access.control.Permissions.ANALYSIS_SOURCES_DELETE;
import static org.assay.access.control.Permissions.ANALYSIS_SOURCES_READ;
import static org.assay.access.control.Permissions.ANALYSIS_SOURCES_WRITE;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.platform.web.PageEnvelope;
import org.assay.sources.control.EffectiveDateMetrics;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /analysis-sources} (api-reference §3.8). Create and update start an ingestion and answer 202 with its
 * async result (the client then reads {@code /analysis-sources/{entityId}}).
 */
@Path("analysis-sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analysis sources")
public class AnalysisSourcesResource {

    @Inject
    AnalysisSourceFacade sources;

    @POST
    @RolesAllowed(ANALYSIS_SOURCES_WRITE)
    @Operation(summary = "Add a file to an analysis period and ingest it", description = "Answers 202 with the "
            + "`ANALYSIS_SOURCE_INGESTION` async result; poll it, then read the source's `workflowState`, "
            + "`warnings` and `errors`.")
    public Response create(AnalysisSourceCreate body) {
        return Response.accepted(sources.create(body)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ANALYSIS_SOURCES_READ)
    @Operation(summary = "Read an analysis source")
    public AnalysisSourceRead get(@PathParam("id") String id) {
        return sources.get(id);
    }

    @GET
    @Path("{id}/effective-date-metrics")
    @RolesAllowed(ANALYSIS_SOURCES_READ)
    @Operation(summary = "How the source's lines spread over time", description = "`period` DAY, WEEK or MONTH "
            + "(default); amounts in cents; histograms keyed by each bucket's first day.")
    public EffectiveDateMetrics.Metrics effectiveDateMetrics(@PathParam("id") String id,
            @QueryParam("period") String period) {
        return sources.effectiveDateMetrics(id, period);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ANALYSIS_SOURCES_WRITE)
    @Operation(summary = "Change a source's settings and ingest it again", description = "E.g. confirmed "
            + "`columnMappings` after stopping at `COLUMNS_ANALYZED`. Answers 202 with the new ingestion job.")
    public Response update(@PathParam("id") String id, AnalysisSourceUpdate body) {
        AsyncResultRead job = sources.update(id, body);
        return Response.accepted(job).build();
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(ANALYSIS_SOURCES_DELETE)
    @Operation(summary = "Delete an analysis source and its journal lines")
    public Response delete(@PathParam("id") String id) {
        sources.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(ANALYSIS_SOURCES_READ)
    @Operation(summary = "Query analysis sources")
    public PageEnvelope<AnalysisSourceRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(sources.query(params.with(filter)));
    }
}
