package org.assay.analyses.boundary;

import static org.assay.access.control.Permissions.ANALYSES_DELETE;
import static org.assay.access.control.Permissions.ANALYSES_READ;
import static org.assay.access.control.Permissions.ANALYSES_RUN;
import static org.assay.access.control.Permissions.ANALYSES_WRITE;

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

/** {@code /analyses} (api-reference §3.4). */
@Path("analyses")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Analyses")
public class AnalysesResource {

    @Inject
    AnalysisFacade analyses;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(ANALYSES_WRITE)
    @Operation(summary = "Create an analysis", description = "Answers with the periods' new `id`s. A period "
            + "list of one unless `periodic`; `interimAsAtDate` inside the period when `interim`.")
    public Response create(AnalysisCreate body) {
        AnalysisRead created = analyses.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(ANALYSES_READ)
    @Operation(summary = "Read an analysis")
    public AnalysisRead get(@PathParam("id") String id) {
        return analyses.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(ANALYSES_WRITE)
    @Operation(summary = "Update an analysis", description = "Send the version of your last read (409 if stale).")
    public AnalysisRead update(@PathParam("id") String id, AnalysisUpdate body) {
        return analyses.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(ANALYSES_DELETE)
    @Operation(summary = "Delete an analysis", description = "Deletes its sources and their journal lines too; "
            + "refused (409) while a source is being ingested.")
    public Response delete(@PathParam("id") String id) {
        analyses.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Path("{id}/status")
    @RolesAllowed(ANALYSES_READ)
    @Operation(summary = "Whether the analysis can run", description = "`ready` is true when `preflightErrors` is "
            + "empty: every required source ingested, none ingesting or failed, warnings ignored or absent.")
    public AnalysisStatusRead status(@PathParam("id") String id) {
        return analyses.status(id);
    }

    @POST
    @Path("{id}/run")
    @RolesAllowed(ANALYSES_RUN)
    @Operation(summary = "Run the analysis", description = "Creates the analysis result and its `ANALYSIS_RUN` async "
            + "result at once and answers 202 with the latter; the body (the client sends `{}`) is ignored. Refused "
            + "(409) with the preflight errors while the analysis is not ready or already running.")
    public Response run(@PathParam("id") String id, JsonObject ignored) {
        return Response.accepted(analyses.run(id)).build();
    }

    @POST
    @Path("query")
    @RolesAllowed(ANALYSES_READ)
    @Operation(summary = "Query analyses")
    public PageEnvelope<AnalysisRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(analyses.query(params.with(filter)));
    }
}
