package org.assay.tasks.boundary;

import java.time.LocalDate;
import java.util.List;
import org.assay.tasks.entity.Task;

/** {@code ApiTaskCreate}. */
public record TaskCreate(String engagementId, String analysisResultId, Long rowId, Long transactionId,
        Task.Status status, String assignedId, String description, String sample, List<String> auditAreas,
        List<String> assertions, Task.Type type, Task.ApprovalStatus taskApprovalStatus, LocalDate dueDate,
        List<String> tags) {
}
