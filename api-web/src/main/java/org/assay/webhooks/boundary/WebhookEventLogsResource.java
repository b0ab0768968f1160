package org.assay.webhooks.boundary;

import static org.assay.access.control.Permissions.WEBHOOKS_READ;

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

/**
 * {@code /webhook-event-logs} (Assay extension; the reference models {@code ApiWebhookEventLogRead} but shows no
 * path): the delivery log of every webhook.
 */
@Path("webhook-event-logs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks")
public class WebhookEventLogsResource {

    @Inject
    WebhookFacade webhooks;

    @GET
    @Path("{id}")
    @RolesAllowed(WEBHOOKS_READ)
    @Operation(summary = "Read one delivery", description = "Assay extension: one event's delivery to one webhook, "
            + "with the headers and body sent, the last answer and every attempt.")
    public WebhookEventLogRead get(@PathParam("id") String id) {
        return webhooks.eventLog(id);
    }

    @POST
    @Path("query")
    @RolesAllowed(WEBHOOKS_READ)
    @Operation(summary = "Query deliveries", description = "Assay extension. Fields: `id`, `webhookId`, "
            + "`eventId`, `requestId`, `eventType`, `url`, `status`, `attemptStartDate`, `responseStatusCode`, "
            + "`retryCount`, `creationDate`, `lastModifiedDate`.")
    public PageEnvelope<WebhookEventLogRead> query(@BeanParam QueryParams params, JsonObject filter) {
        return params.envelope(webhooks.queryEventLogs(params.with(filter)));
    }
}
