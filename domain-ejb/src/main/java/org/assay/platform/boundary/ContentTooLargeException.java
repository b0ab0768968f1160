package org.assay.platform.boundary;

import java.util.List;

/** A request body larger than the configured limit (413); nothing of it is processed. */
public class ContentTooLargeException extends DomainException {

    public ContentTooLargeException(String identifier, long limit) {
        super(Kind.TOO_LARGE, "Request body too large",
                List.of(Problem.error(ProblemType.LESS_VALUE_REQUIRED, identifier,
                        "the body must not exceed " + limit + " bytes")),
                null, null);
    }
}
