package org.assay.tasks.boundary;

import static org.assay.access.control.Permissions.TASKS_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.tasks.entity.Task;

/** Reading tasks; they are created on scored rows of analysis results. */
@Stateless
public class TaskFacade {

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("engagementId", "engagementId")
            .id("analysisId", "analysisId")
            .id("analysisResultId", "analysisResultId")
            .id("assignedId", "assignedId")
            .number("rowId", "rowId")
            .number("transactionId", "transactionId")
            .enumeration("status", "status", Task.Status.class)
            .enumeration("type", "type", Task.Type.class)
            .date("dueDate", "dueDate")
            .dateTime("creationDate", "creationDate")
            .build();

    @Inject
    EngagementAccess access;

    @RolesAllowed(TASKS_READ)
    public TaskRead get(String id) {
        return TaskRead.of(access.find(Task.class, "TASK", id, Task::getEngagementId));
    }

    @RolesAllowed(TASKS_READ)
    public Page<TaskRead> query(QueryRequest request) {
        return access.page(Task.class, FIELDS, request, TaskRead::of);
    }
}
