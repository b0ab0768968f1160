package org.assay.webhooks.boundary;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.platform.control.Jsons;
import org.assay.webhooks.entity.WebhookAttempt;
import org.assay.webhooks.entity.WebhookEventLog;

/**
 * {@code ApiWebhookEventLogRead}: one event's delivery to one webhook. {@code requestId} is the
 * {@code webhook-id} header (the same on every retry); {@code responseTimeSec} is whole seconds, rounded up.
 * Assay extensions: {@code eventId}, {@code responseTimeMillis} and {@code attempts} (every attempt, oldest first).
 */
public record WebhookEventLogRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, WebhookEventLog.Status status,
        String webhookId, Instant attemptStartDate, String url, String eventType, String eventId,
        Map<String, List<String>> requestHeaders, Map<String, List<String>> responseHeaders, String requestBody,
        Integer responseStatusCode, Long responseTimeSec, Long responseTimeMillis, int retryCount, String requestId,
        List<Attempt> attempts) {

    /** One HTTP attempt: when it started, the answer's status (none after an I/O error), its time and error. */
    public record Attempt(Instant startedAt, Integer responseStatusCode, long responseTimeMillis, String error) {

        static Attempt of(WebhookAttempt a) {
            return new Attempt(a.getStartedAt(), a.getStatusCode(), a.getResponseTimeMillis(), a.getError());
        }
    }

    public static WebhookEventLogRead of(WebhookEventLog l) {
        Long millis = l.getResponseTimeMillis();
        return new WebhookEventLogRead(l.getId(), l.getVersion(), l.getCreationDate(), l.getLastModifiedDate(),
                UserInfoRead.of(l.getCreatedUserInfo()), UserInfoRead.of(l.getLastModifiedUserInfo()), l.getStatus(),
                l.getWebhookId(), l.getAttemptStartDate(), l.getUrl(), l.getEventType(), l.getEventId(),
                headers(l.getRequestHeaders()), headers(l.getResponseHeaders()), l.getRequestBody(),
                l.getResponseStatusCode(), millis == null ? null : (millis + 999) / 1000, millis, l.getRetryCount(),
                l.getId(), l.getAttempts().stream().map(Attempt::of).toList());
    }

    private static Map<String, List<String>> headers(String json) {
        if (json == null) {
            return null;
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Jsons.parse(json).asJsonObject().forEach((name, values) -> headers.put(name,
                values.asJsonArray().stream().map(v -> v.getValueType() == JsonValue.ValueType.STRING
                        ? ((JsonString) v).getString() : v.toString()).toList()));
        return headers;
    }
}
