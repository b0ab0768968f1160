package org.assay.platform.boundary;

import java.util.List;

/** An update carried a {@code version} other than the entity's current one: someone changed it meanwhile (409). */
public class StaleVersionException extends DomainException {

    public StaleVersionException(String entityType, String id, long sent, long current) {
        super(Kind.CONFLICT, entityType + " " + id + " was modified: version " + sent + " is not the current " + current,
                List.of(Problem.error(ProblemType.INVALID_STATE, "version",
                        "version " + sent + " is stale; the current version is " + current + ": read the entity again")
                        .withValues(List.of(Long.toString(sent)))
                        .withSuggestedValues(List.of(Long.toString(current)))),
                entityType, id);
    }
}
