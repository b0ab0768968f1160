package org.assay.webhooks.boundary;

import java.util.List;
import org.assay.webhooks.control.WebhookEventType;
import org.assay.webhooks.entity.Webhook;

/** {@code ApiWebhookCreate}: {@code status} defaults to {@code ACTIVE}. */
public record WebhookCreate(String name, String url, String technicalContactId, List<WebhookEventType> events,
        Webhook.Status status) {
}
