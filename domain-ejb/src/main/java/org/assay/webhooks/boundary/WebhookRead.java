package org.assay.webhooks.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.webhooks.entity.Webhook;

/**
 * {@code ApiWebhookRead}. {@code publicKey} is {@code whpk_} + Base64 of the raw 32-byte Ed25519 key that verifies
 * the {@code webhook-signature} of every delivery.
 */
public record WebhookRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String name, String url,
        String technicalContactId, List<String> events, String publicKey, Webhook.Status status,
        Instant keyGenerationTimestamp) {

    public static WebhookRead of(Webhook w) {
        return new WebhookRead(w.getId(), w.getVersion(), w.getCreationDate(), w.getLastModifiedDate(),
                UserInfoRead.of(w.getCreatedUserInfo()), UserInfoRead.of(w.getLastModifiedUserInfo()), w.getName(),
                w.getUrl(), w.getTechnicalContactId(), List.copyOf(w.getEvents()), w.getPublicKey(), w.getStatus(),
                w.getKeyGenerationTimestamp());
    }
}
