package org.assay.exports.boundary;

import static org.assay.access.control.Permissions.ADMIN_REPORTS_RUN;
import static org.assay.access.control.Permissions.DATA_TABLES_READ;
import static org.assay.access.control.Permissions.ENGAGEMENTS_READ;

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
import jakarta.ws.rs.core.Response;
import org.assay.files.boundary.StoredFiles;
import org.assay.platform.web.Downloads;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /file-results} (api-reference §3.12): the files exports and admin reports produce. */
@Path("file-results")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "File results")
public class FileResultsResource {

    @Inject
    ExportFacade exports;

    @Inject
    StoredFiles storedFiles;

    @GET
    @Path("{id}")
    @RolesAllowed({DATA_TABLES_READ, ENGAGEMENTS_READ, ADMIN_REPORTS_RUN})
    @Operation(summary = "Read one", description = "`size` is 0 until the job writing the file is COMPLETE.")
    public FileResultRead get(@PathParam("id") String id) {
        return exports.get(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(DATA_TABLES_READ)
    @Operation(summary = "Query data-table exports")
    public PageEnvelope<FileResultRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(exports.query(params.with(filter)));
    }

    @GET
    @Path("{id}/export")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed({DATA_TABLES_READ, ENGAGEMENTS_READ, ADMIN_REPORTS_RUN})
    @Operation(summary = "Download the file", description = "Streams the CSV; 423 while its job is still writing "
            + "it (a partial file is never served); 404 once it expired.")
    public Response export(@PathParam("id") String id) {
        return Downloads.attachment(exports.download(id), storedFiles);
    }
}
