package org.assay.platform.boundary;

import java.util.List;

/** The caller is known but may not do this (403). */
public class PermissionDeniedException extends DomainException {

    public PermissionDeniedException(String reason) {
        super(Kind.FORBIDDEN, reason, List.of(Problem.error(ProblemType.INSUFFICIENT_PERMISSION, null, reason)), null, null);
    }
}
