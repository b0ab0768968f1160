package org.assay.catalogue.boundary;

import static org.assay.access.control.Permissions.LIBRARIES_READ;

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

/** {@code /libraries} (api-reference §3.6): read-only, seeded. */
@Path("libraries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Libraries")
public class LibrariesResource {

    @Inject
    LibraryFacade libraries;

    @GET
    @Path("{id}")
    @RolesAllowed(LIBRARIES_READ)
    @Operation(summary = "Read a library")
    public LibraryRead get(@PathParam("id") String id) {
        return libraries.get(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(LIBRARIES_READ)
    @Operation(summary = "Query libraries")
    public PageEnvelope<LibraryRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(libraries.query(params.with(filter)));
    }
}
