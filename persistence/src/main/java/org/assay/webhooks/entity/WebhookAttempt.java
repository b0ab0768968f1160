package org.assay.webhooks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** One HTTP attempt of a delivery: when, what came back (or why nothing did), how long it took. */
@Embeddable
public class WebhookAttempt {

    public static final int ERROR_MAX = 500;

    @Column(nullable = false)
    private Instant startedAt;

    private Integer statusCode;

    private long responseTimeMillis;

    @Column(length = ERROR_MAX)
    private String error;

    protected WebhookAttempt() {
    }

    public WebhookAttempt(Instant startedAt, Integer statusCode, long responseTimeMillis, String error) {
        this.startedAt = startedAt;
        this.statusCode = statusCode;
        this.responseTimeMillis = responseTimeMillis;
        this.error = error == null || error.length() <= ERROR_MAX ? error : error.substring(0, ERROR_MAX);
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public long getResponseTimeMillis() {
        return responseTimeMillis;
    }

    public String getError() {
        return error;
    }
}
