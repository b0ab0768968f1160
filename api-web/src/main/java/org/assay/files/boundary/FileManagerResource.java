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
import jakarta.ws.rs.PUT;
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
import org.assay.platform.web.Downloads;
import org.assay.platform.web.MultipartForm;
import org.assay.platform.web.PageEnvelope;
import org.assay.platform.web.QueryParams;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /file-manager} (api-reference §3.9, wire-conventions §8). */
@Path("file-manager")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "File manager")
public class FileManagerResource {

    static final String METADATA_PART = "fileManagerFile";
    static final String FILE_PART = "file";

    @Inject
    FileManagerFacade fileManager;

    @Inject
    StoredFiles storedFiles;

    @Context
    UriInfo uriInfo;

    @Context
    HttpHeaders headers;

    @POST
    @RolesAllowed(FILE_MANAGER_WRITE)
    @Operation(summary = "Create a directory", description = "`name` 1–255 characters without / or \\, unique in its "
            + "folder ignoring case (409).")
    public Response createDirectory(FileManagerEntryCreate body) {
        return created(fileManager.createDirectory(body));
    }

    @POST
    @Path("import")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RolesAllowed(FILE_MANAGER_WRITE)
    @Operation(summary = "Upload a file", description = "multipart/form-data with the JSON part `fileManagerFile` "
            + "({engagementId, parentFileManagerEntityId, name}) followed by the part `file`, whose file name gives "
            + "the extension. Streamed to encrypted storage; larger than `assay.files.max-file-bytes`: 413.")
    public Response importFile(InputStream body) throws IOException {
        try (MultipartForm form = MultipartForm.of(headers.getMediaType(), body)) {
            FileManagerEntryCreate metadata = form.json(METADATA_PART, FileManagerEntryCreate.class);
            MultipartForm.Part file = form.file(FILE_PART);
            return created(fileManager.importFile(metadata, file.fileName(), file.body()));
        }
    }

    @POST
    @Path("import-from-chunked/{chunkedFileId}")
    @RolesAllowed(FILE_MANAGER_WRITE)
    @Operation(summary = "Import a completely uploaded chunked file", description = "The chunked file is consumed; "
            + "the new file takes its extension from the chunked file's name.")
    public Response importFromChunked(@PathParam("chunkedFileId") String chunkedFileId, FileManagerEntryCreate body) {
        return created(fileManager.importFromChunked(chunkedFileId, body));
    }

    @GET
    @Path("{id}")
    @RolesAllowed(FILE_MANAGER_READ)
    @Operation(summary = "Read a file or directory")
    public FileManagerEntryRead get(@PathParam("id") String id) {
        return fileManager.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(FILE_MANAGER_WRITE)
    @Operation(summary = "Rename or move a file or directory", description = "Send the version of your last read "
            + "(409 if stale). Moving into a file, into itself or into another engagement is refused.")
    public FileManagerEntryRead update(@PathParam("id") String id, FileManagerEntryUpdate body) {
        return fileManager.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(FILE_MANAGER_DELETE)
    @Operation(summary = "Delete a file or an empty directory", description = "A directory with entries: 409.")
    public Response delete(@PathParam("id") String id) {
        fileManager.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(FILE_MANAGER_READ)
    @Operation(summary = "Query files and directories")
    public PageEnvelope<FileManagerEntryRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(fileManager.query(params.with(filter)));
    }

    @GET
    @Path("{id}/export")
    @Produces(MediaType.WILDCARD)
    @RolesAllowed(FILE_MANAGER_READ)
    @Operation(summary = "Download a file", description = "The file's bytes as uploaded.")
    public Response export(@PathParam("id") String id) {
        return Downloads.attachment(fileManager.export(id), storedFiles);
    }

    private Response created(FileManagerEntryRead entry) {
        return Response.created(uriInfo.getBaseUriBuilder().path("file-manager").path(entry.id()).build())
                .entity(entry).build();
    }
}
