package org.assay.webhooks.boundary;

import static org.assay.access.control.Permissions.WEBHOOKS_DELETE;
import static org.assay.access.control.Permissions.WEBHOOKS_READ;
import static org.assay.access.control.Permissions.WEBHOOKS_WRITE;

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

/** {@code /webhooks} (api-reference §3.16). */
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhooksResource {

    @Inject
    WebhookFacade webhooks;

    @Context
    UriInfo uriInfo;

    @POST
    @RolesAllowed(WEBHOOKS_WRITE)
    @Operation(summary = "Create a webhook", description = "`name`, `url` (absolute https, no credentials, no "
            + "internal address), `technicalContactId` (an enabled App Admin), `events` (at least one of the 20 "
            + "subscription events), `status` (default ACTIVE). The answer's `publicKey` (`whpk_` + Base64 of the "
            + "raw Ed25519 key) verifies the `webhook-signature` of every delivery.")
    public Response create(WebhookCreate body) {
        WebhookRead created = webhooks.create(body);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.id()).build()).entity(created).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(WEBHOOKS_READ)
    @Operation(summary = "Read a webhook")
    public WebhookRead get(@PathParam("id") String id) {
        return webhooks.get(id);
    }

    @PUT
    @Path("{id}")
    @RolesAllowed(WEBHOOKS_WRITE)
    @Operation(summary = "Update a webhook", description = "A full replacement; send the version of your last read "
            + "(409 if stale). The key pair stays.")
    public WebhookRead update(@PathParam("id") String id, WebhookUpdate body) {
        return webhooks.update(id, body);
    }

    @DELETE
    @Path("{id}")
    @RolesAllowed(WEBHOOKS_DELETE)
    @Operation(summary = "Delete a webhook", description = "Deliveries still being retried end; the delivery log "
            + "stays.")
    public Response delete(@PathParam("id") String id) {
        webhooks.delete(id);
        return Response.noContent().build();
    }

    @POST
    @Path("query")
    @RolesAllowed(WEBHOOKS_READ)
    @Operation(summary = "Query webhooks", description = "Fields: `id`, `name`, `url`, `technicalContactId`, "
            + "`events` (`$contains`), `status`, `creationDate`, `lastModifiedDate`.")
    public PageEnvelope<WebhookRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(webhooks.query(params.with(filter)));
    }
}
