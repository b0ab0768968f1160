package org.assay.platform.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemTest {

    @Test
    void errorSetsTypeSeverityIdentifierAndReasonOnly() {
        Problem problem = Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "must not be blank");
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
        assertEquals("ERROR", problem.severity());
        assertEquals("name", problem.identifier());
        assertEquals("must not be blank", problem.reason());
        assertNull(problem.values());
        assertNull(problem.suggestedValues());
        assertNull(problem.entityType());
        assertNull(problem.entityId());
    }

    @Test
    void withValuesReplacesOnlyTheValues() {
        Problem base = Problem.error(ProblemType.NON_UNIQUE_VALUE, "email", "taken")
                .withSuggestedValues(List.of("s")).about("USER", "id1");
        Problem withValues = base.withValues(List.of("a@b.c"));
        assertEquals(List.of("a@b.c"), withValues.values());
        assertEquals(new Problem(ProblemType.NON_UNIQUE_VALUE, "ERROR", "email", "taken", List.of("a@b.c"),
                List.of("s"), "USER", "id1"), withValues);
        assertNull(base.values(), "the original is unchanged");
    }

    @Test
    void withSuggestedValuesReplacesOnlyTheSuggestions() {
        Problem base = Problem.error(ProblemType.INCORRECT_DATA_TYPE, "role", "bad").withValues(List.of("x"));
        Problem suggested = base.withSuggestedValues(List.of("ROLE_USER", "ROLE_ADMIN"));
        assertEquals(new Problem(ProblemType.INCORRECT_DATA_TYPE, "ERROR", "role", "bad", List.of("x"),
                List.of("ROLE_USER", "ROLE_ADMIN"), null, null), suggested);
        assertNull(base.suggestedValues());
    }

    @Test
    void aboutSetsTheEntityOnly() {
        Problem problem = Problem.error(ProblemType.INVALID_STATE, "role", "last admin").withValues(List.of("v"))
                .about("USER", "65a1b2c3d4e5f60718293a4b");
        assertEquals(new Problem(ProblemType.INVALID_STATE, "ERROR", "role", "last admin", List.of("v"), null,
                "USER", "65a1b2c3d4e5f60718293a4b"), problem);
    }
}
