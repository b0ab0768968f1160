package org.assay.files.boundary;

import static org.assay.access.control.Permissions.FILE_MANAGER_DELETE;
import static org.assay.access.control.Permissions.FILE_MANAGER_READ;
import static org.assay.access.control.Permissions.FILE_MANAGER_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.assay.platform.web.MultipartForm;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /chunked-files} (api-reference §3.10, wire-conventions §8.2): uploads too large for one request. */
@Path("chunked-files")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Chunked files")
public class ChunkedFilesResource {

    static final String METADATA_PART = "chunkedFilePart";
    static final String CHUNK_PART = "fileChunk";

    @Inject
    ChunkedFileFacade chunkedFiles;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(FILE_MANAGER_WRITE)
    @Operation(summary = "Declare a chunked upload", description = "`name` is the whole file's name with its "
            + "extension, `size` its bytes (at most `assay.files.max-file-bytes`, else 413).")
    public Response create(ChunkedFileCreate body) {
        ChunkedFileRead created = chunkedFiles.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @POST
    @Path("{id}/part")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(FILE_MANAGER_WRITE)
    @Operation(summary = "Upload one part", description = "multipart/form-data with the JSON part `chunkedFilePart` "
            + "({offset, size}) followed by the part `fileChunk` of exactly `size` bytes. Parts must not overlap (409).")
    public ChunkedFileRead addPart(@PathParam("id") String id, InputStream body) throws IOException {
        try (MultipartForm form = MultipartForm.of(headers.getMediaType(), body)) {
            ChunkedFilePartCreate part = form.json(METADATA_PART, ChunkedFilePartCreate.class);
            return chunkedFiles.addPart(id, part, form.file(CHUNK_PART).body());
        }
    }

    @GET
    @Path("{id}")
    @RolesAllowed(FILE_MANAGER_READ)
    @Operation(summary = "Read a chunked upload and the parts received")
    public ChunkedFileRead get(@PathParam("id") String id) {
        return chunkedFiles.get(id);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(FILE_MANAGER_DELETE)
    @Operation(summary = "Abandon a chunked upload")
    public Response delete(@PathParam("id") String id) {
        chunkedFiles.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(FILE_MANAGER_READ)
    @Operation(summary = "Query chunked uploads")
    public PageEnvelope<ChunkedFileRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(chunkedFiles.query(params.with(filter)));
    }
}
