package org.assay.platform.boundary;

import java.util.List;

/** The request names a property with a value the domain cannot accept (400). */
public class InvalidInputException extends DomainException {

    public InvalidInputException(List<Problem> problems) {
        super(Kind.INVALID, "Invalid request", problems, null, null);
    }

    public static InvalidInputException of(String identifier, String reason) {
        return new InvalidInputException(List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, identifier, reason)));
    }
}
