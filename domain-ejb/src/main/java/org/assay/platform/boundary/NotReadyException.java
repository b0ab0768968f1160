package org.assay.platform.boundary;

import java.util.List;

/**
 * The entity exists but is still being written, e.g. the data table of an analysis run in progress (423 Locked):
 * the official client waits and tries again.
 */
public class NotReadyException extends DomainException {

    public NotReadyException(String entityType, String id, String reason) {
        super(Kind.LOCKED, reason, List.of(Problem.error(ProblemType.INVALID_STATE, "id", reason).about(entityType, id)),
                entityType, id);
    }
}
