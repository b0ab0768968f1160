package org.assay.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ApplicationException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DomainExceptionsTest {

    @Test
    void duplicateValueIsAConflictNamingTheValue() {
        DuplicateValueException e = new DuplicateValueException("ORGANIZATION", "name", "Acme");
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals("ORGANIZATION", e.entityType());
        assertNull(e.entityId());
        assertEquals("ORGANIZATION with name 'Acme' already exists", e.getMessage());
        assertEquals(1, e.problems().size());
        Problem problem = e.problems().get(0);
        assertEquals(ProblemType.NON_UNIQUE_VALUE, problem.problemType());
        assertEquals("ERROR", problem.severity());
        assertEquals("name", problem.identifier());
        assertEquals("another organization already has this name", problem.reason());
        assertEquals(List.of("Acme"), problem.values());
        assertNull(problem.suggestedValues());
    }

    @Test
    void duplicateValueCanCarryASpecificProblemType() {
        DuplicateValueException e = new DuplicateValueException("API_TOKEN_USER", "email", "x@y.z",
                ProblemType.USER_EMAIL_ALREADY_EXISTS);
        Problem problem = e.problems().get(0);
        assertEquals(ProblemType.USER_EMAIL_ALREADY_EXISTS, problem.problemType());
        assertEquals("another api token user already has this email", problem.reason());
        assertEquals(List.of("x@y.z"), problem.values());
    }

    @Test
    void staleVersionIsAConflictSuggestingTheCurrentVersion() {
        StaleVersionException e = new StaleVersionException("USER", "65a1b2c3d4e5f60718293a4b", 3, 5);
        assertEquals(DomainException.Kind.CONFLICT, e.kind());
        assertEquals("USER", e.entityType());
        assertEquals("65a1b2c3d4e5f60718293a4b", e.entityId());
        assertEquals("USER 65a1b2c3d4e5f60718293a4b was modified: version 3 is not the current 5", e.getMessage());
        Problem problem = e.problems().get(0);
        assertEquals(ProblemType.INVALID_STATE, problem.problemType());
        assertEquals("version", problem.identifier());
        assertEquals(List.of("3"), problem.values());
        assertEquals(List.of("5"), problem.suggestedValues());
        assertTrue(problem.reason().contains("stale"), problem.reason());
    }

    @Test
    void invalidInputIsInvalidAndKeepsAllProblemsInOrder() {
        List<Problem> problems = new ArrayList<>(List.of(
                Problem.error(ProblemType.ILLEGAL_ARGUMENT, "a", "first"),
                Problem.error(ProblemType.INCORRECT_DATA_TYPE, "b", "second")));
        InvalidInputException e = new InvalidInputException(problems);
        assertEquals(DomainException.Kind.INVALID, e.kind());
        assertEquals("Invalid request", e.getMessage());
        assertNull(e.entityType());
        assertNull(e.entityId());
        assertEquals(List.of("a", "b"), e.problems().stream().map(Problem::identifier).toList());
        Problem extra = problems.get(0);
        problems.clear();
        assertEquals(2, e.problems().size(), "problems are copied");
        assertThrows(UnsupportedOperationException.class, () -> e.problems().add(extra));
    }

    @Test
    void invalidInputOfMakesOneIllegalArgument() {
        InvalidInputException e = InvalidInputException.of("email", "not an email address");
        assertEquals(List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "email", "not an email address")),
                e.problems());
    }

    @Test
    void otherKindsMapToTheirRefusal() {
        EntityNotFoundException notFound = new EntityNotFoundException("USER", "abc");
        assertEquals(DomainException.Kind.NOT_FOUND, notFound.kind());
        assertEquals("USER", notFound.entityType());
        assertEquals("abc", notFound.entityId());
        assertTrue(notFound.problems().isEmpty());

        PermissionDeniedException denied = new PermissionDeniedException("not your organization");
        assertEquals(DomainException.Kind.FORBIDDEN, denied.kind());
        assertEquals(ProblemType.INSUFFICIENT_PERMISSION, denied.problems().get(0).problemType());

        AuthenticationFailedException failed = new AuthenticationFailedException("unknown email bob@x.y");
        assertEquals(DomainException.Kind.UNAUTHENTICATED, failed.kind());
        assertEquals("Invalid credentials", failed.getMessage());
        assertFalse(failed.getMessage().contains("bob"), "the reason must not reach the caller");
        assertEquals("unknown email bob@x.y", failed.internalReason());

        InvalidStateException state = new InvalidStateException(ProblemType.INVALID_STATE, "USER", "id9", "role",
                "cannot demote the last admin");
        assertEquals(DomainException.Kind.CONFLICT, state.kind());
        assertEquals("USER", state.problems().get(0).entityType());
        assertEquals("id9", state.problems().get(0).entityId());
    }

    @Test
    void domainExceptionsHaveNoStackTraceAndRollBack() {
        assertEquals(0, new DuplicateValueException("USER", "email", "a@b.c").getStackTrace().length);
        ApplicationException annotation = DomainException.class.getAnnotation(ApplicationException.class);
        assertTrue(annotation.rollback());
        assertTrue(annotation.inherited());
    }
}
