package org.assay.webhooks.control;

/**
 * The reference's 20 subscription events (api-reference §3.16), four API-token events of Assay's own, and the
 * dotted {@code type} each one's payload
 * carries. {@code INGESTION_ANALYSIS_*} map to {@code analysis.completed} / {@code analysis.failed} (the
 * reference marks that mapping as inferred). {@link #eventIdInData()} says whether the reference's {@code data}
 * shape repeats the {@code eventId}.
 */
public enum WebhookEventType {
    EXPORT_READY("export.ready", true),
    FILE_MANAGER_FILE_ADDED("data.added", true),
    INGESTION_COMPLETE("ingestion.complete", true),
    INGESTION_FAILED("ingestion.failed", true),
    INGESTION_ANALYSIS_COMPLETE("analysis.completed", true),
    INGESTION_ANALYSIS_FAILED("analysis.failed", true),
    UNMAPPED_ACCOUNTS_DETECTED("unmapped.accounts", true),
    ENGAGEMENT_CREATED("engagement.created", true),
    ENGAGEMENT_UPDATED("engagement.updated", true),
    ENGAGEMENT_DELETED("engagement.deleted", true),
    ANALYSIS_CREATED("analysis.created", false),
    ANALYSIS_UPDATED("analysis.updated", false),
    ANALYSIS_DELETED("analysis.deleted", false),
    ANALYSIS_ARCHIVED("analysis.archived", false),
    ANALYSIS_UNARCHIVED("analysis.unarchived", false),
    USER_INVITED("user.invited", false),
    USER_STATUS_UPDATED("user.status", false),
    USER_ROLE_UPDATED("user.role", false),
    USER_DELETED("user.deleted", false),
    USER_LOGIN("user.login", false),
    // Assay extensions: API-token lifecycle events. The reference's enum has no names for them and the official
    // client validates that enum, so a webhook subscribed to one of these can be managed over the API but not read
    // through the client.
    API_TOKEN_CREATED("api-token.created", false),
    API_TOKEN_RENEWED("api-token.renewed", false),
    API_TOKEN_DISABLED("api-token.disabled", false),
    API_TOKEN_DELETED("api-token.deleted", false);

    private final String payloadType;
    private final boolean eventIdInData;

    WebhookEventType(String payloadType, boolean eventIdInData) {
        this.payloadType = payloadType;
        this.eventIdInData = eventIdInData;
    }

    /** The {@code type} of the delivered envelope, e.g. {@code engagement.created}. */
    public String payloadType() {
        return payloadType;
    }

    public boolean eventIdInData() {
        return eventIdInData;
    }
}
