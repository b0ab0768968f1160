package org.assay.tasks.boundary;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.tasks.entity.Task;

/**
 * {@code ApiTaskRead} (the fields Assay keeps; not the sample type, the entry's parties, amounts or filter). Built
 * inside the façade's transaction: the task's collections are read lazily.
 */
public record TaskRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String engagementId, String analysisResultId,
        String analysisId, String analysisTypeId, String transaction, String name, Long rowId, Long transactionId,
        Task.Status status, String assignedId, String description, List<TaskCommentRead> comments, String sample,
        List<String> auditAreas, List<String> assertions, Task.Type type, Map<String, Integer> riskScores,
        Task.ApprovalStatus taskApprovalStatus, LocalDate dueDate, String approverId, List<String> tags) {

    public static TaskRead of(Task t) {
        return new TaskRead(t.getId(), t.getVersion(), t.getCreationDate(), t.getLastModifiedDate(),
                UserInfoRead.of(t.getCreatedUserInfo()), UserInfoRead.of(t.getLastModifiedUserInfo()),
                t.getEngagementId(), t.getAnalysisResultId(), t.getAnalysisId(), t.getAnalysisTypeId(),
                t.getTransaction(), t.getName(), t.getRowId(), t.getTransactionId(), t.getStatus(), t.getAssignedId(),
                t.getDescription(), t.getComments().stream().map(TaskCommentRead::of).toList(), t.getSample(),
                List.copyOf(t.getAuditAreas()), List.copyOf(t.getAssertions()), t.getType(),
                new LinkedHashMap<>(t.getRiskScores()), t.getTaskApprovalStatus(), t.getDueDate(), t.getApproverId(),
                List.copyOf(t.getTags()));
    }
}
