package org.assay.jobs.boundary;

import jakarta.annotation.security.PermitAll;
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

/** {@code /async-results} (api-reference §3.11): the jobs of the engagements the caller can see. */
@Path("async-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Async results")
public class AsyncResultsResource {

    @Inject
    AsyncResultFacade results;

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(summary = "Read a job", description = "`status` is `IN_PROGRESS`, `COMPLETE` or `ERROR` (with `error`).")
    public AsyncResultRead get(@PathParam("id") String id) {
        return results.get(id);
    }

    @POST
    @Path("query")
    @PermitAll
    @Operation(summary = "Query jobs", description = "E.g. `{\"id\":{\"$in\":[…]}}` as the client polls.")
    public PageEnvelope<AsyncResultRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(results.query(params.with(filter)));
    }
}
