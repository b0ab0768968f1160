package org.assay.webhooks.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Lob;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.assay.platform.entity.AuditedEntity;

/**
 * One event delivered to one webhook ({@code ApiWebhookEventLogRead}). Written {@code IN_PROGRESS} in the
 * transaction that caused the event, so that a rolled-back change never announces anything; updated after each
 * HTTP attempt, and ended {@code COMPLETED} or {@code FAILED_PERMANENTLY}. The signed body is fixed when the row
 * is written; every attempt re-signs it with a fresh timestamp under the same {@code requestId}
 * ({@code webhook-id}).
 */
@Entity
@Table(name = "webhook_event_log", indexes = {
    @Index(name = "ix_webhook_event_log_webhook", columnList = "webhookId"),
    @Index(name = "ix_webhook_event_log_status", columnList = "status")
})
public class WebhookEventLog extends AuditedEntity {

    /** The reference's delivery {@code status}; Assay uses IN_PROGRESS, COMPLETED and FAILED_PERMANENTLY. */
    public enum Status {
        IN_PROGRESS, COMPLETED, FAILED, FAILED_PERMANENTLY, DISCONNECTED
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.IN_PROGRESS;

    @Column(nullable = false, length = 24, updatable = false)
    private String webhookId;

    /** The subscription enum name, e.g. {@code ENGAGEMENT_CREATED}. */
    @Column(nullable = false, length = 40, updatable = false)
    private String eventType;

    /** The event's id ({@code eventId} of the payload), shared by the deliveries of one event. */
    @Column(nullable = false, length = 24, updatable = false)
    private String eventId;

    @Column(nullable = false, length = Webhook.URL_MAX)
    private String url;

    @Lob
    @Column(nullable = false, updatable = false)
    private String requestBody;

    /** JSON object header → [values] of the last attempt. */
    @Lob
    private String requestHeaders;

    /** JSON object header → [values] of the last answer. */
    @Lob
    private String responseHeaders;

    private Instant attemptStartDate;

    private Integer responseStatusCode;

    private Long responseTimeMillis;

    private int retryCount;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_event_log_attempt", joinColumns = @JoinColumn(name = "log_id"))
    @OrderColumn(name = "attempt_index")
    private List<WebhookAttempt> attempts = new ArrayList<>();

    protected WebhookEventLog() {
    }

    public WebhookEventLog(String webhookId, String eventType, String eventId, String url, String requestBody) {
        this.webhookId = Objects.requireNonNull(webhookId);
        this.eventType = Objects.requireNonNull(eventType);
        this.eventId = Objects.requireNonNull(eventId);
        this.url = Objects.requireNonNull(url);
        this.requestBody = Objects.requireNonNull(requestBody);
    }

    /** Records an attempt; {@code retryCount} counts the attempts after the first. */
    public void attempted(WebhookAttempt attempt, String sentHeadersJson, String receivedHeadersJson) {
        attempts.add(attempt);
        this.retryCount = attempts.size() - 1;
        this.attemptStartDate = attempt.getStartedAt();
        this.requestHeaders = sentHeadersJson;
        this.responseHeaders = receivedHeadersJson;
        this.responseStatusCode = attempt.getStatusCode();
        this.responseTimeMillis = attempt.getResponseTimeMillis();
    }

    public void end(Status finalStatus) {
        this.status = Objects.requireNonNull(finalStatus);
    }

    public Status getStatus() {
        return status;
    }

    public String getWebhookId() {
        return webhookId;
    }

    public String getEventType() {
        return eventType;
    }

    public String getEventId() {
        return eventId;
    }

    public String getUrl() {
        return url;
    }

    public String getRequestBody() {
        return requestBody;
    }

    public String getRequestHeaders() {
        return requestHeaders;
    }

    public String getResponseHeaders() {
        return responseHeaders;
    }

    public Instant getAttemptStartDate() {
        return attemptStartDate;
    }

    public Integer getResponseStatusCode() {
        return responseStatusCode;
    }

    public Long getResponseTimeMillis() {
        return responseTimeMillis;
    }

    public int getRetryCount() {
        return retryCount;
    }

    public List<WebhookAttempt> getAttempts() {
        return Collections.unmodifiableList(attempts);
    }
}
