package org.assay.platform.web;

import jakarta.ejb.EJBAccessException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.assay.platform.boundary.DomainException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.query.QueryException;

/**
 * Decides what the caller is told about a failure: the status, the problem type and the problems. Exceptions
 * arrive wrapped (EJB, RESTEasy, JPA), so the cause chain is searched for the first one that explains the
 * failure; anything unexplained is a 500 that says nothing beyond the request id.
 */
public final class ProblemClassifier {

    /** The classified failure; {@code unexpected} ones are logged with their stack trace, others are not. */
    public record Classified(int status, String slug, String title, List<Problem> problems, String entityType,
            String entityId, boolean unexpected) {
    }

    private ProblemClassifier() {
    }

    public static Classified classify(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable t = failure; t != null && seen.add(t); t = t.getCause()) {
            Classified classified = explain(t);
            if (classified != null) {
                return classified;
            }
        }
        return new Classified(500, "internal", "Internal Server Error", List.of(
                Problem.error(ProblemType.UNKNOWN, null, "an unexpected error occurred; quote the instance id to the operator")),
                null, null, true);
    }

    private static Classified explain(Throwable t) {
        if (t instanceof DomainException d) {
            return switch (d.kind()) {
                case INVALID -> simple(400, "validation", "Invalid request", d);
                case UNAUTHENTICATED -> simple(401, "unauthorized", "Unauthorized", d);
                case FORBIDDEN -> simple(403, "forbidden", "Forbidden", d);
                case NOT_FOUND -> simple(404, "not-found", "Not Found", d);
                case CONFLICT -> simple(409, "conflict", "Conflict", d);
                case TOO_LARGE -> simple(413, "content-too-large", "Content Too Large", d);
                case LOCKED -> simple(423, "locked", "Locked", d);
            };
        }
        if (t instanceof QueryException q) {
            return new Classified(400, "validation", "Invalid request",
                    List.of(Problem.error(ProblemType.FILTER_CONVERSION_FAILED, q.identifier(), q.reason())), null, null, false);
        }
        if (t instanceof EJBAccessException || t instanceof jakarta.ws.rs.ForbiddenException) {
            return forbidden();
        }
        String name = t.getClass().getSimpleName();
        if (name.equals("OptimisticLockException") || name.equals("StaleObjectStateException")
                || name.equals("StaleStateException")) {
            return new Classified(409, "conflict", "Conflict", List.of(Problem.error(ProblemType.INVALID_STATE,
                    "version", "the entity was modified concurrently: read it again")), null, null, false);
        }
        if (t instanceof WebApplicationException web && web.getResponse() != null && web.getResponse().getStatus() < 500) {
            int status = web.getResponse().getStatus();
            Response.StatusType type = Response.Status.fromStatusCode(status);
            String title = type == null ? "Client Error" : type.getReasonPhrase();
            return new Classified(status, slug(title), title,
                    List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, null, reasonOf(status))), null, null, false);
        }
        return null;
    }

    private static Classified simple(int status, String slug, String title, DomainException d) {
        return new Classified(status, slug, title, d.problems(), d.entityType(), d.entityId(), false);
    }

    static Classified forbidden() {
        return new Classified(403, "forbidden", "Forbidden", List.of(Problem.error(ProblemType.INSUFFICIENT_PERMISSION,
                null, "the credential lacks the permission this operation requires")), null, null, false);
    }

    private static String reasonOf(int status) {
        return switch (status) {
            case 404 -> "no such resource";
            case 405 -> "this method is not allowed on this resource";
            case 406 -> "the requested representation is not available";
            case 415 -> "send the body as application/json";
            case 401 -> "a valid credential is required";
            default -> "the request could not be processed";
        };
    }

    private static String slug(String title) {
        return title.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
