package org.assay.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the domain refuses, for a reason the caller can act on. Application exceptions reach the web tier
 * unwrapped and roll the transaction back, so nothing half-written stays behind. The web tier turns each
 * {@link Kind} into one HTTP status in one mapper.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class DomainException extends RuntimeException {

    /** What sort of refusal this is; decides the HTTP status. */
    public enum Kind { INVALID, UNAUTHENTICATED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_LARGE, LOCKED }

    private final Kind kind;
    private final transient List<Problem> problems;
    private final String entityType;
    private final String entityId;

    protected DomainException(Kind kind, String message, List<Problem> problems, String entityType, String entityId) {
        super(message, null, false, false);
        this.kind = kind;
        this.problems = List.copyOf(problems);
        this.entityType = entityType;
        this.entityId = entityId;
    }

    public Kind kind() {
        return kind;
    }

    public List<Problem> problems() {
        return problems;
    }

    public String entityType() {
        return entityType;
    }

    public String entityId() {
        return entityId;
    }
}
