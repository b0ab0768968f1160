package org.assay.tasks.boundary;

/** The body of {@code POST /tasks/{id}/add-comment}. */
public record TaskCommentCreate(String commentText) {
}
