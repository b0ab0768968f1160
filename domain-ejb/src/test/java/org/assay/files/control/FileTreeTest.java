package org.assay.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.assay.platform.boundary.Problem;
import org.junit.jupiter.api.Test;

class FileTreeTest {

    private static final String ENGAGEMENT = "e1";

    // root ── a ── b ── c        f (a file in a)        x (a directory of another engagement)
    private final Map<String, FileTree.Node> nodes = new HashMap<>(Map.of(
            "a", new FileTree.Node("a", ENGAGEMENT, null, true),
            "b", new FileTree.Node("b", ENGAGEMENT, "a", true),
            "c", new FileTree.Node("c", ENGAGEMENT, "b", true),
            "f", new FileTree.Node("f", ENGAGEMENT, "a", false),
            "x", new FileTree.Node("x", "e2", null, true)));

    private Optional<Problem> place(String moved, String parent) {
        return FileTree.checkParent(ENGAGEMENT, moved, parent, nodes::get);
    }

    @Test
    void theRootAndDirectoriesOfTheEngagementHoldEntries() {
        assertTrue(place(null, null).isEmpty());
        assertTrue(place(null, "c").isEmpty());
        assertTrue(place("c", null).isEmpty(), "up to the root");
        assertTrue(place("c", "a").isEmpty(), "up a level");
        assertTrue(place("b", "a").isEmpty(), "where it already is");
        assertTrue(place("f", "c").isEmpty(), "a file down the tree");
    }

    @Test
    void aDirectoryCannotMoveIntoItselfOrItsSubtree() {
        for (String target : new String[] {"a", "b", "c"}) {
            Problem problem = place("a", target).orElseThrow();
            assertEquals("parentFileManagerEntityId", problem.identifier());
            assertTrue(problem.reason().contains("itself"), problem.reason());
        }
        assertTrue(place("b", "c").isPresent());
    }

    @Test
    void filesAreNoParents() {
        assertTrue(place(null, "f").orElseThrow().reason().contains("file"));
        assertTrue(place("c", "f").isPresent());
    }

    @Test
    void unknownAndForeignDirectoriesAreRefusedAlike() {
        Problem unknown = place(null, "nowhere").orElseThrow();
        Problem foreign = place("b", "x").orElseThrow();
        assertEquals(unknown.reason(), foreign.reason(), "another engagement's directory is not revealed");
    }

    @Test
    void aCorruptCycleEndsTheWalk() {
        nodes.put("p", new FileTree.Node("p", ENGAGEMENT, "q", true));
        nodes.put("q", new FileTree.Node("q", ENGAGEMENT, "p", true));
        assertTrue(place("a", "p").isEmpty());
    }
}
