package org.assay.tasks.boundary;

import java.time.Instant;
import java.time.LocalDate;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.tasks.entity.Task;

/** {@code ApiTaskRead} (the fields Assay keeps). */
public record TaskRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String engagementId, String analysisId,
        String analysisResultId, String analysisTypeId, Task.Type type, Long rowId, Long transactionId,
        Task.Status status, String assignedId, String description, LocalDate dueDate) {

    public static TaskRead of(Task t) {
        return new TaskRead(t.getId(), t.getVersion(), t.getCreationDate(), t.getLastModifiedDate(),
                UserInfoRead.of(t.getCreatedUserInfo()), UserInfoRead.of(t.getLastModifiedUserInfo()),
                t.getEngagementId(), t.getAnalysisId(), t.getAnalysisResultId(), t.getAnalysisTypeId(), t.getType(),
                t.getRowId(), t.getTransactionId(), t.getStatus(), t.getAssignedId(), t.getDescription(),
                t.getDueDate());
    }
}
