package org.assay.webhooks.boundary;

import java.util.List;
import org.assay.webhooks.control.WebhookEventType;
import org.assay.webhooks.entity.Webhook;

/** {@code ApiWebhookUpdate}: a full replacement guarded by {@code version}; the key pair stays. */
public record WebhookUpdate(Long version, String name, String url, String technicalContactId,
        List<WebhookEventType> events, Webhook.Status status) {
}
