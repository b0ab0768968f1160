package org.assay.tasks.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.assay.platform.boundary.Problem;
import org.assay.tasks.entity.Task;
import org.junit.jupiter.api.Test;

class TaskRulesTest {

    private final List<Problem> problems = new ArrayList<>();

    private List<String> identifiers() {
        return problems.stream().map(Problem::identifier).toList();
    }

    @Test
    void entryTasksNeedARowAndTransactionTasksATransaction() {
        assertEquals(42L, TaskRules.target(Task.Type.ENTRY, 42L, null, problems));
        assertEquals(17L, TaskRules.target(Task.Type.TRANSACTION, null, 17L, problems));
        assertEquals(7L, TaskRules.target(Task.Type.AP_ENTRY, 7L, null, problems), "every entry type has a row");
        assertTrue(problems.isEmpty(), problems.toString());

        assertNull(TaskRules.target(Task.Type.ENTRY, null, 17L, problems));
        assertNull(TaskRules.target(Task.Type.TRANSACTION, 42L, null, problems));
        assertNull(TaskRules.target(null, 42L, null, problems));
        assertNull(TaskRules.target(Task.Type.ENTRY, -1L, null, problems));
        assertEquals(List.of("rowId", "transactionId", "type", "rowId"), identifiers());
    }

    @Test
    void labelsAreTrimmedAndRepetitionsDropped() {
        assertEquals(List.of("Revenue", "Cash"), TaskRules.labels("auditAreas", List.of(" Revenue", "Cash", "Revenue"),
                problems));
        assertEquals(List.of(), TaskRules.labels("tags", null, problems));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void blankOrOverlongLabelsAreNamedByTheirPosition() {
        TaskRules.labels("tags", Arrays.asList("ok", " ", "x".repeat(101), null), problems);
        assertEquals(List.of("tags[1]", "tags[2]", "tags[3]"), identifiers());
        problems.clear();
        TaskRules.labels("assertions", Collections.nCopies(101, "a"), problems);
        assertEquals(List.of("assertions"), identifiers());
    }

    @Test
    void textsAndCommentsHaveLimits() {
        TaskRules.texts("d".repeat(2001), "s".repeat(251), problems);
        TaskRules.comment(" ", problems);
        TaskRules.comment("c".repeat(4001), problems);
        assertEquals(List.of("description", "sample", "commentText", "commentText"), identifiers());
        problems.clear();
        TaskRules.texts("d".repeat(2000), "s".repeat(250), problems);
        TaskRules.comment("Looks fine.", problems);
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aTaskIsNamedAfterItsEntryOrTransaction() {
        assertEquals("Entry 42", Task.nameOf(Task.Type.ENTRY, 42L, 3L));
        assertEquals("Transaction 17", Task.nameOf(Task.Type.TRANSACTION, null, 17L));
        assertEquals("Entry 5", new Task("e", "a", "r", "t", Task.Type.AR_ENTRY, 5L, null).getName());
    }
}
