package org.assay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBAccessException;
import jakarta.ejb.EJBException;
import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.InternalServerErrorException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.ServiceUnavailableException;
import jakarta.ws.rs.WebApplicationException;
import java.time.Duration;
import java.util.List;
import org.assay.platform.boundary.AuthenticationFailedException;
import org.assay.platform.boundary.DomainException;
import org.assay.platform.boundary.DuplicateValueException;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.PermissionDeniedException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.StaleVersionException;
import org.assay.platform.query.QueryException;
import org.junit.jupiter.api.Test;

class ProblemClassifierTest {

    private static final String SECRET = "jdbc:postgresql://db/assay?password=hunter2";

    private static void assertClassified(ProblemClassifier.Classified c, int status, String slug, String title) {
        assertEquals(status, c.status(), "status");
        assertEquals(slug, c.slug(), "slug");
        assertEquals(title, c.title(), "title");
        assertFalse(c.unexpected(), "an explained failure is not unexpected");
    }

    private static void assertInternal(ProblemClassifier.Classified c) {
        assertEquals(500, c.status());
        assertEquals("internal", c.slug());
        assertEquals("Internal Server Error", c.title());
        assertTrue(c.unexpected());
        assertNull(c.entityType());
        assertNull(c.entityId());
        assertEquals(1, c.problems().size());
        Problem problem = c.problems().get(0);
        assertEquals(ProblemType.UNKNOWN, problem.problemType());
        assertFalse(problem.reason().contains("hunter2"), problem.reason());
        assertFalse(problem.reason().contains("jdbc"), problem.reason());
    }

    // --- domain exceptions ---------------------------------------------------------------------------------

    @Test
    void invalidInputIs400WithItsProblems() {
        InvalidInputException e = InvalidInputException.of("name", "must not be blank");
        ProblemClassifier.Classified c = ProblemClassifier.classify(e);
        assertClassified(c, 400, "validation", "Invalid request");
        assertEquals(e.problems(), c.problems());
        assertNull(c.entityType());
    }

    @Test
    void authenticationFailureIs401() {
        assertClassified(ProblemClassifier.classify(new AuthenticationFailedException("bad password")),
                401, "unauthorized", "Unauthorized");
    }

    @Test
    void permissionDeniedIs403() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new PermissionDeniedException("not yours"));
        assertClassified(c, 403, "forbidden", "Forbidden");
        assertEquals(ProblemType.INSUFFICIENT_PERMISSION, c.problems().get(0).problemType());
    }

    @Test
    void entityNotFoundIs404NamingTheEntity() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new EntityNotFoundException("USER", "abc123"));
        assertClassified(c, 404, "not-found", "Not Found");
        assertEquals("USER", c.entityType());
        assertEquals("abc123", c.entityId());
        assertTrue(c.problems().isEmpty());
    }

    @Test
    void conflictsAre409() {
        assertClassified(ProblemClassifier.classify(new DuplicateValueException("ORGANIZATION", "name", "Acme")),
                409, "conflict", "Conflict");
        ProblemClassifier.Classified stale = ProblemClassifier.classify(new StaleVersionException("USER", "id1", 1, 2));
        assertClassified(stale, 409, "conflict", "Conflict");
        assertEquals("USER", stale.entityType());
        assertEquals("id1", stale.entityId());
        assertEquals(List.of("2"), stale.problems().get(0).suggestedValues());
        assertClassified(ProblemClassifier.classify(new InvalidStateException(ProblemType.INVALID_STATE, "USER", "id",
                "role", "last admin")), 409, "conflict", "Conflict");
    }

    @Test
    void everyDomainKindHasAStatus() {
        for (DomainException.Kind kind : DomainException.Kind.values()) {
            DomainException e = new DomainException(kind, "m", List.of(), null, null) { };
            int status = ProblemClassifier.classify(e).status();
            assertTrue(status >= 400 && status < 500, kind + " -> " + status);
        }
    }

    @Test
    void domainExceptionWrappedInEjbExceptionIsFound() {
        InvalidInputException cause = InvalidInputException.of("email", "bad");
        ProblemClassifier.Classified c = ProblemClassifier.classify(new EJBException(cause));
        assertClassified(c, 400, "validation", "Invalid request");
        assertEquals(cause.problems(), c.problems());
    }

    @Test
    void domainExceptionDeepInTheCauseChainIsFound() {
        Throwable wrapped = new IllegalStateException("outer",
                new EJBTransactionRolledbackException("tx", new EJBException(new EntityNotFoundException("USER", "x"))));
        assertClassified(ProblemClassifier.classify(wrapped), 404, "not-found", "Not Found");
    }

    // --- container and persistence exceptions ----------------------------------------------------------------

    @Test
    void ejbAccessExceptionIs403() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new EJBAccessException("WFLYEJB0364: denied"));
        assertClassified(c, 403, "forbidden", "Forbidden");
        assertEquals(1, c.problems().size());
        assertEquals(ProblemType.INSUFFICIENT_PERMISSION, c.problems().get(0).problemType());
        assertFalse(c.problems().get(0).reason().contains("WFLYEJB"), "container text is not passed on");
        assertEquals(ProblemClassifier.forbidden(), c);
    }

    @Test
    void optimisticLockIs409OnVersion() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new OptimisticLockException("row was updated"));
        assertClassified(c, 409, "conflict", "Conflict");
        assertEquals(ProblemType.INVALID_STATE, c.problems().get(0).problemType());
        assertEquals("version", c.problems().get(0).identifier());
    }

    @Test
    void optimisticLockInsideARollbackIsStill409() {
        Throwable wrapped = new EJBTransactionRolledbackException("commit failed",
                new RollbackException("rolled back", new OptimisticLockException("stale")));
        assertEquals(409, ProblemClassifier.classify(wrapped).status());
    }

    /** Stand-in for Hibernate's exception, which the classifier recognises by simple name. */
    static final class StaleObjectStateException extends RuntimeException {
        StaleObjectStateException() {
            super("Row was updated or deleted by another transaction");
        }
    }

    @Test
    void hibernateStaleStateIsRecognisedByName() {
        assertEquals(409, ProblemClassifier.classify(new StaleObjectStateException()).status());
    }

    @Test
    void queryExceptionIs400FilterConversionFailed() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(
                new EJBException(new QueryException("$or[0].credit.$gt", "expects a number")));
        assertClassified(c, 400, "validation", "Invalid request");
        assertEquals(List.of(Problem.error(ProblemType.FILTER_CONVERSION_FAILED, "$or[0].credit.$gt",
                "expects a number")), c.problems());
    }

    // --- JAX-RS exceptions (built from a StubResponse: no RuntimeDelegate is needed) ----------------------

    @Test
    void notFoundIs404() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new NotFoundException(new StubResponse(404)));
        assertClassified(c, 404, "not-found", "Not Found");
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, c.problems().get(0).problemType());
        assertEquals("no such resource", c.problems().get(0).reason());
    }

    @Test
    void notAllowedIs405() {
        NotAllowedException e = new NotAllowedException(new StubResponse(405).header("Allow", "GET"));
        ProblemClassifier.Classified c = ProblemClassifier.classify(e);
        assertClassified(c, 405, "method-not-allowed", "Method Not Allowed");
        assertEquals("this method is not allowed on this resource", c.problems().get(0).reason());
    }

    @Test
    void notAcceptableIs406() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new NotAcceptableException(new StubResponse(406)));
        assertClassified(c, 406, "not-acceptable", "Not Acceptable");
    }

    @Test
    void notSupportedIs415() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new NotSupportedException(new StubResponse(415)));
        assertClassified(c, 415, "unsupported-media-type", "Unsupported Media Type");
        assertEquals("send the body as application/json", c.problems().get(0).reason());
    }

    @Test
    void badRequestAndNotAuthorizedKeepTheirStatus() {
        assertClassified(ProblemClassifier.classify(new BadRequestException(new StubResponse(400))),
                400, "bad-request", "Bad Request");
        ProblemClassifier.Classified unauthorized = ProblemClassifier.classify(
                new NotAuthorizedException(new StubResponse(401)));
        assertClassified(unauthorized, 401, "unauthorized", "Unauthorized");
        assertEquals("a valid credential is required", unauthorized.problems().get(0).reason());
    }

    @Test
    void jaxRsForbiddenIsTheStandard403() {
        assertEquals(ProblemClassifier.forbidden(),
                ProblemClassifier.classify(new ForbiddenException(new StubResponse(403))));
    }

    @Test
    void unknownClientErrorStatusGetsAGenericTitle() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new ClientErrorException(new StubResponse(422)));
        assertClassified(c, 422, "client-error", "Client Error");
        assertEquals("the request could not be processed", c.problems().get(0).reason());
    }

    @Test
    void serverErrorWebApplicationExceptionsAreUnexpected() {
        assertInternal(ProblemClassifier.classify(new InternalServerErrorException(SECRET, new StubResponse(500))));
        assertInternal(ProblemClassifier.classify(new ServiceUnavailableException(new StubResponse(503))));
        assertInternal(ProblemClassifier.classify(new WebApplicationException(SECRET, new StubResponse(502))));
    }

    // --- anything else --------------------------------------------------------------------------------------

    @Test
    void arbitraryRuntimeExceptionIsAnOpaque500() {
        assertInternal(ProblemClassifier.classify(new RuntimeException(SECRET)));
    }

    @Test
    void nullPointerExceptionIsAnOpaque500() {
        assertInternal(ProblemClassifier.classify(new NullPointerException(SECRET)));
    }

    @Test
    void errorsAndCheckedExceptionsAreOpaque500s() {
        assertInternal(ProblemClassifier.classify(new AssertionError(SECRET)));
        assertInternal(ProblemClassifier.classify(new java.io.IOException(SECRET)));
        assertInternal(ProblemClassifier.classify(new EJBException(new IllegalArgumentException(SECRET))));
    }

    @Test
    void outermostExplanationWins() {
        // a filter mistake that happens to wrap a domain exception: the outer query exception decides
        QueryException outer = new QueryException("name.$foo", "unknown operator");
        outer.initCause(new EntityNotFoundException("USER", "x"));
        ProblemClassifier.Classified c = ProblemClassifier.classify(outer);
        assertClassified(c, 400, "validation", "Invalid request");
        assertEquals("name.$foo", c.problems().get(0).identifier());
    }

    @Test
    void causeCycleDoesNotHang() {
        RuntimeException a = new RuntimeException("a");
        RuntimeException b = new RuntimeException("b", a);
        a.initCause(b);
        ProblemClassifier.Classified c = assertTimeoutPreemptively(Duration.ofSeconds(2),
                () -> ProblemClassifier.classify(b));
        assertInternal(c);
    }
}
