package org.assay.webhooks.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.assay.webhooks.control.WebhookEventType;

/**
 * Something that happened, for {@link WebhookEvents#publish}.
 *
 * @param type   the subscription enum name, e.g. {@code INGESTION_COMPLETE} (one of {@link WebhookEventType})
 * @param userId the user who caused it (a job passes the user who started it); may be null
 * @param data   the payload's {@code data} fields, e.g. {@code engagementId}; null values are left out
 */
public record WebhookEvent(String type, String userId, Map<String, String> data) {

    public WebhookEvent {
        Objects.requireNonNull(type, "type");
        WebhookEventType.valueOf(type); // a name outside the reference's enum is a programming error
        data = data == null ? Map.of() : data;
    }

    /** An event with {@code data} given as name, value, name, value…; null values are left out. */
    public static WebhookEvent of(WebhookEventType type, String userId, String... namesAndValues) {
        if (namesAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("data comes in name, value pairs");
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                data.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return new WebhookEvent(type.name(), userId, data);
    }
}
