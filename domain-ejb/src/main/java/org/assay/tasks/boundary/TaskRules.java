package org.assay.tasks.boundary;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.tasks.entity.Task;
import org.assay.tasks.entity.TaskComment;

/**
 * The checks of a task's own fields, which need neither the database nor the caller: what the type requires,
 * text lengths, and the label lists ({@code auditAreas}, {@code assertions}, {@code tags}). Each problem names
 * the property, e.g. {@code tags[2]}.
 */
final class TaskRules {

    private TaskRules() {
    }

    /**
     * The id of the row the task is about: {@code transactionId} for a transaction task, {@code rowId} for every
     * kind of entry task; null (with a problem) when the type or that id is missing.
     */
    static Long target(Task.Type type, Long rowId, Long transactionId, List<Problem> problems) {
        if (type == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "type", "type is required"));
            return null;
        }
        String field = Task.isAboutTransaction(type) ? "transactionId" : "rowId";
        Long id = Task.isAboutTransaction(type) ? transactionId : rowId;
        if (id == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, field,
                    field + " is required for a task of type " + type));
        } else if (id < 0) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, field, field + " must not be negative")
                    .withValues(List.of(id.toString())));
            return null;
        }
        return id;
    }

    static void texts(String description, String sample, List<Problem> problems) {
        maxLength("description", description, Task.DESCRIPTION_MAX, problems);
        maxLength("sample", sample, Task.SAMPLE_MAX, problems);
    }

    /** The labels without repetitions, in the order given; absent is none. */
    static List<String> labels(String field, List<String> labels, List<Problem> problems) {
        if (labels == null) {
            return List.of();
        }
        if (labels.size() > Task.LABELS_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, field,
                    field + " may hold at most " + Task.LABELS_MAX + " values, it holds " + labels.size()));
            return List.of();
        }
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            String at = field + "[" + i + "]";
            if (label == null || label.isBlank()) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, at, at + " must not be blank"));
            } else {
                maxLength(at, label, Task.LABEL_MAX, problems);
            }
        }
        return new ArrayList<>(new LinkedHashSet<>(labels.stream().filter(l -> l != null && !l.isBlank())
                .map(String::trim).toList()));
    }

    static void comment(String commentText, List<Problem> problems) {
        if (commentText == null || commentText.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "commentText",
                    "commentText is required and must not be blank"));
        } else {
            maxLength("commentText", commentText, TaskComment.TEXT_MAX, problems);
        }
    }

    private static void maxLength(String field, String value, int max, List<Problem> problems) {
        if (value != null && value.length() > max) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, field,
                    field + " must have at most " + max + " characters, it has " + value.length()));
        }
    }
}
