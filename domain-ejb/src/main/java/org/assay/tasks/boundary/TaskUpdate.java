package org.assay.tasks.boundary;

import java.time.LocalDate;
import java.util.List;
import org.assay.tasks.entity.Task;

/** {@code ApiTaskUpdate}: a full replacement of the editable fields, guarded by {@code version}. */
public record TaskUpdate(Long version, Task.Status status, String assignedId, String description, String sample,
        List<String> auditAreas, List<String> assertions, Task.ApprovalStatus taskApprovalStatus, LocalDate dueDate,
        String approverId, List<String> tags) {
}
