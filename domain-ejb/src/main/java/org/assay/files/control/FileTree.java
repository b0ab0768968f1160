package org.assay.files.control;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;

/**
 * Where an entry may live in an engagement's file manager: at the root, or in a directory of the same engagement,
 * and never inside itself. Works on {@link Node} snapshots fetched through a lookup, so the rules are testable
 * without a database.
 */
public final class FileTree {

    static final String PARENT = "parentFileManagerEntityId";

    /** What the rules need to know of an entry. */
    public record Node(String id, String engagementId, String parentId, boolean directory) {
    }

    private FileTree() {
    }

    /**
     * The problem with placing an entry of {@code engagementId} under {@code parentId} (null = the root), if any.
     *
     * @param movedId the entry being moved, or null when a new one is created
     * @param lookup  the entry with an id, or null if there is none
     */
    public static Optional<Problem> checkParent(String engagementId, String movedId, String parentId,
            Function<String, Node> lookup) {
        if (parentId == null) {
            return Optional.empty();
        }
        Node parent = lookup.apply(parentId);
        if (parent == null || !parent.engagementId().equals(engagementId)) {
            // another engagement's directory is reported like a missing one: its existence is not the caller's business
            return Optional.of(problem(parentId, PARENT + " must name a directory of the same engagement"));
        }
        if (!parent.directory()) {
            return Optional.of(problem(parentId, PARENT + " names a file; only directories hold entries"));
        }
        Set<String> seen = new HashSet<>();
        for (Node node = parent; node != null && seen.add(node.id()); node = next(node, lookup)) {
            if (node.id().equals(movedId)) {
                return Optional.of(problem(parentId, "a directory cannot be moved into itself or one of its subdirectories"));
            }
        }
        return Optional.empty();
    }

    private static Node next(Node node, Function<String, Node> lookup) {
        return node.parentId() == null ? null : lookup.apply(node.parentId());
    }

    private static Problem problem(String parentId, String reason) {
        return Problem.error(ProblemType.ILLEGAL_ARGUMENT, PARENT, reason).withValues(List.of(parentId));
    }
}
