package org.assay.tasks.boundary;

import java.time.Instant;
import org.assay.tasks.entity.TaskComment;

/** One of a task's {@code comments}. */
public record TaskCommentRead(String commentText, Instant captured, String authorId) {

    public static TaskCommentRead of(TaskComment c) {
        return new TaskCommentRead(c.getCommentText(), c.getCaptured(), c.getAuthorId());
    }
}
