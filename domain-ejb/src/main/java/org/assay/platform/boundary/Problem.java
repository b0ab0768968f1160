package org.assay.platform.boundary;

import java.util.List;

/**
 * One thing wrong with a request, in the reference's {@code Problem} shape: which property ({@code identifier}),
 * why ({@code reason}) and, where useful, the offending and the acceptable values.
 */
public record Problem(ProblemType problemType, String severity, String identifier, String reason,
        List<String> values, List<String> suggestedValues, String entityType, String entityId) {

    public static Problem error(ProblemType type, String identifier, String reason) {
        return new Problem(type, "ERROR", identifier, reason, null, null, null, null);
    }

    public Problem withValues(List<String> offending) {
        return new Problem(problemType, severity, identifier, reason, offending, suggestedValues, entityType, entityId);
    }

    public Problem withSuggestedValues(List<String> suggested) {
        return new Problem(problemType, severity, identifier, reason, values, suggested, entityType, entityId);
    }

    public Problem about(String type, String id) {
        return new Problem(problemType, severity, identifier, reason, values, suggestedValues, type, id);
    }
}
