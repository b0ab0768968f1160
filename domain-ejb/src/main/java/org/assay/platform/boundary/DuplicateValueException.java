package org.assay.platform.boundary;

import java.util.List;

/** Another entity already holds a value that must be unique (409). */
public class DuplicateValueException extends DomainException {

    public DuplicateValueException(String entityType, String identifier, String value, ProblemType type) {
        super(Kind.CONFLICT, entityType + " with " + identifier + " '" + value + "' already exists",
                List.of(Problem.error(type, identifier, "another " + entityType.toLowerCase().replace('_', ' ')
                        + " already has this " + identifier).withValues(List.of(value))),
                entityType, null);
    }

    public DuplicateValueException(String entityType, String identifier, String value) {
        this(entityType, identifier, value, ProblemType.NON_UNIQUE_VALUE);
    }
}
