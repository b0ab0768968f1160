package org.assay.results.boundary;

import static org.assay.access.control.Permissions.DATA_TABLES_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.assay.exports.boundary.ExportFacade;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /data-tables} (api-reference §3.13): the tables of analysis results, and their rows a page at a time
 * with the page in the body.
 */
@Path("data-tables")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data tables")
public class DataTablesResource {

    @Inject
    ResultFacade results;

    @Inject
    ExportFacade exports;

    @GET
    @Path("{id}")
    @RolesAllowed(DATA_TABLES_READ)
    @Operation(summary = "Read one")
    public DataTableRead get(@PathParam("id") String id) {
        return results.table(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(DATA_TABLES_READ)
    @Operation(summary = "Query", description = "The client filters by `analysisId` or `engagementId`.")
    public PageEnvelope<DataTableRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(results.tables(params.with(filter)));
    }

    @POST
    @Path("{id}/data")
    @RolesAllowed(DATA_TABLES_READ)
    @Operation(summary = "Read a page of rows", description = "Body `{query, page, pageSize, sort: {field, "
            + "direction}, fields, excludeFields}`; `page` is zero-based, `pageSize` 1-100 (default 100). "
            + "Answers `{content: [...]}`, empty past the last page, and 423 while the analysis run is still "
            + "writing the table.")
    public JsonObject data(@PathParam("id") String id, JsonObject body) {
        JsonArrayBuilder content = Json.createArrayBuilder();
        results.rows(id, body).forEach(content::add);
        return Json.createObjectBuilder().add("content", content).build();
    }

    @POST
    @Path("{id}/export")
    @RolesAllowed(DATA_TABLES_READ)
    @Operation(summary = "Export rows as CSV", description = "Body `{fields, query, sort: {field, direction}, limit, "
            + "csvConfiguration, innerListCsvConfiguration}`; answers 202 with the `DATA_TABLE_EXPORT` async result "
            + "whose `entityId` is the file result to download once it is COMPLETE (`GET /file-results/{id}/export`).")
    public Response export(@PathParam("id") String id, JsonObject body) {
        return Response.accepted(exports.exportTable(id, body)).build();
    }
}
