package org.assay.platform.boundary;

import java.util.List;

/** The entity's state forbids the operation, e.g. deleting the last App Admin (409). */
public class InvalidStateException extends DomainException {

    public InvalidStateException(ProblemType type, String entityType, String id, String identifier, String reason) {
        super(Kind.CONFLICT, reason, List.of(Problem.error(type, identifier, reason).about(entityType, id)), entityType, id);
    }
}
