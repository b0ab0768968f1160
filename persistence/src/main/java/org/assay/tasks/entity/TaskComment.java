package org.assay.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** A comment on a task: what was said, when, and by whom. Comments are only ever added. */
@Embeddable
public class TaskComment {

    public static final int TEXT_MAX = 4000;

    @Column(name = "comment_text", nullable = false, length = TEXT_MAX)
    private String commentText;

    @Column(nullable = false)
    private Instant captured;

    @Column(name = "author_id", nullable = false, length = 24)
    private String authorId;

    protected TaskComment() {
    }

    public TaskComment(String commentText, Instant captured, String authorId) {
        this.commentText = Objects.requireNonNull(commentText);
        this.captured = Objects.requireNonNull(captured);
        this.authorId = Objects.requireNonNull(authorId);
    }

    public String getCommentText() {
        return commentText;
    }

    public Instant getCaptured() {
        return captured;
    }

    public String getAuthorId() {
        return authorId;
    }
}
