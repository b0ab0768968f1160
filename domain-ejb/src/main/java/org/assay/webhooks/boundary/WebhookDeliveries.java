package org.assay.webhooks.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import org.assay.users.boundary.FirstAdmin;
import org.assay.webhooks.entity.Webhook;
import org.assay.webhooks.entity.WebhookAttempt;
import org.assay.webhooks.entity.WebhookEventLog;

/**
 * The delivery log's bookkeeping, each step committed on its own so that the log shows every attempt as it
 * happens. Not a caller-facing façade: used by the delivery tasks only.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WebhookDeliveries {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    /** What one attempt sends: the webhook-id is the delivery's id. */
    public record Outgoing(String deliveryId, String webhookId, String url, String body, String sealedKey) {
    }

    /**
     * The next attempt of a delivery still in progress. A delivery whose webhook was deleted or deactivated
     * meanwhile ends here ({@link DeliveryFailedException.Permanent}).
     */
    public Outgoing next(String deliveryId) {
        WebhookEventLog delivery = em.find(WebhookEventLog.class, deliveryId);
        if (delivery == null || delivery.getStatus() != WebhookEventLog.Status.IN_PROGRESS) {
            throw new DeliveryFailedException.Permanent("delivery " + deliveryId + " is not in progress");
        }
        Webhook webhook = em.find(Webhook.class, delivery.getWebhookId());
        if (webhook == null || webhook.getStatus() != Webhook.Status.ACTIVE) {
            throw new DeliveryFailedException.Permanent("webhook " + delivery.getWebhookId()
                    + (webhook == null ? " was deleted" : " was deactivated"));
        }
        return new Outgoing(deliveryId, webhook.getId(), delivery.getUrl(), delivery.getRequestBody(),
                webhook.getEncryptedPrivateKey());
    }

    /** Records an attempt; a successful one completes the delivery. */
    public void attempted(String deliveryId, WebhookAttempt attempt, String sentHeadersJson,
            String receivedHeadersJson, boolean delivered) {
        WebhookEventLog delivery = em.find(WebhookEventLog.class, deliveryId);
        if (delivery == null) {
            return;
        }
        delivery.attempted(attempt, sentHeadersJson, receivedHeadersJson);
        if (delivered) {
            delivery.end(WebhookEventLog.Status.COMPLETED);
        }
        delivery.stampModified(FirstAdmin.SYSTEM, clock.instant());
    }

    /** Ends a delivery that will not be tried again. */
    public void giveUp(String deliveryId) {
        WebhookEventLog delivery = em.find(WebhookEventLog.class, deliveryId);
        if (delivery != null && delivery.getStatus() == WebhookEventLog.Status.IN_PROGRESS) {
            delivery.end(WebhookEventLog.Status.FAILED_PERMANENTLY);
            delivery.stampModified(FirstAdmin.SYSTEM, clock.instant());
        }
    }
}
