package org.assay.webhooks.control;

import jakarta.json.JsonObjectBuilder;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.assay.platform.control.Jsons;

/**
 * The delivered payload (api-reference §3.16): {@code type} (the dotted name), {@code eventId}, {@code timestamp},
 * {@code senderId} (the webhook's id), {@code tenantId} (the tenant's name), {@code userId} (who caused it; left
 * out when nobody did) and {@code data}. Where the reference's data shape repeats {@code eventId}, so does ours.
 */
public final class WebhookEnvelope {

    private WebhookEnvelope() {
    }

    public static String json(WebhookEventType type, String eventId, Instant timestamp, String webhookId,
            String tenant, String userId, Map<String, String> data) {
        JsonObjectBuilder payload = Jsons.PROVIDER.createObjectBuilder();
        if (type.eventIdInData()) {
            payload.add("eventId", eventId);
        }
        data.forEach((key, value) -> {
            if (value != null && !key.equals("eventId")) {
                payload.add(key, value);
            }
        });
        JsonObjectBuilder envelope = Jsons.PROVIDER.createObjectBuilder()
                .add("type", type.payloadType())
                .add("eventId", eventId)
                .add("timestamp", timestamp.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("senderId", webhookId)
                .add("tenantId", tenant);
        if (userId != null) {
            envelope.add("userId", userId);
        }
        return envelope.add("data", payload).build().toString();
    }
}
