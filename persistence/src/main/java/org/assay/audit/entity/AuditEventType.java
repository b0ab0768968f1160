package org.assay.audit.entity;

/** What an audit record is about. */
public enum AuditEventType {
    /** An API call (any status). */
    API_REQUEST,
    /** An API call refused for lack of permission (403). */
    PERMISSION_DENIED,
    /** A credential refused: unknown, malformed, expired, disabled, deleted or used from a blocked address. */
    AUTHENTICATION_FAILED,
    LOGIN_SUCCEEDED,
    LOGIN_FAILED,
    TOKEN_CREATED,
    TOKEN_RENAMED,
    TOKEN_RENEWED,
    TOKEN_DISABLED,
    TOKEN_DELETED,
    USER_CREATED,
    USER_ROLE_CHANGED,
    USER_ENABLED_CHANGED,
    USER_DELETED,
    /** A caller or address went over its rate limit: one record when a burst starts. */
    RATE_LIMITED,
    /** Records older than the retention period were removed; the detail names the new start of the chain. */
    AUDIT_PURGED
}
