package org.assay.tasks.boundary;

import static org.assay.access.control.Permissions.TASKS_DELETE;
import static org.assay.access.control.Permissions.TASKS_READ;
import static org.assay.access.control.Permissions.TASKS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assay.access.boundary.CallerContext;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.results.entity.AnalysisResult;
import org.assay.tasks.entity.Task;
import org.assay.tasks.entity.TaskComment;
import org.assay.users.entity.User;

/**
 * Tasks (api-reference §3.14): follow-ups on scored entries and transactions of analysis results. A task lives in
 * its result's engagement and is seen only by those who see the engagement. Its analysis, analysis type and
 * engagement come from the result; whether the row it names exists is asked of the {@link ScoredRowLookup}.
 */
@Stateless
public class TaskFacade {

    static final String ENTITY = "TASK";
    static final String RESULT = "ANALYSIS_RESULT";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("engagementId", "engagementId")
            .id("analysisId", "analysisId")
            .id("analysisResultId", "analysisResultId")
            .id("analysisTypeId", "analysisTypeId")
            .id("assignedId", "assignedId")
            .id("approverId", "approverId")
            .string("name", "name")
            .number("rowId", "rowId")
            .number("transactionId", "transactionId")
            .enumeration("status", "status", Task.Status.class)
            .enumeration("type", "type", Task.Type.class)
            .enumeration("taskApprovalStatus", "taskApprovalStatus", Task.ApprovalStatus.class)
            .stringSet("auditAreas", "auditAreas")
            .stringSet("assertions", "assertions")
            .stringSet("tags", "tags")
            .date("dueDate", "dueDate")
            .dateTime("creationDate", "creationDate")
            .build();

    @Inject
    EngagementAccess access;

    @Inject
    EntityStore store;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    @Inject
    ScoredRowLookup scoredRows;

    /**
     * Checks the request's own fields first (400), then that the result exists and is visible (404), then the
     * row; while the result's rows are still being written the lookup answers 423, which the official client
     * retries.
     */
    @RolesAllowed(TASKS_WRITE)
    public TaskRead create(TaskCreate request) {
        List<Problem> problems = new ArrayList<>();
        if (request.analysisResultId() == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisResultId", "analysisResultId is required"));
        }
        Long target = TaskRules.target(request.type(), request.rowId(), request.transactionId(), problems);
        TaskRules.texts(request.description(), request.sample(), problems);
        List<String> auditAreas = TaskRules.labels("auditAreas", request.auditAreas(), problems);
        List<String> assertions = TaskRules.labels("assertions", request.assertions(), problems);
        List<String> tags = TaskRules.labels("tags", request.tags(), problems);
        checkUser("assignedId", request.assignedId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AnalysisResult result = access.find(AnalysisResult.class, RESULT, request.analysisResultId(),
                AnalysisResult::getEngagementId);
        if (request.engagementId() != null && !request.engagementId().equals(result.getEngagementId())) {
            throw InvalidInputException.of("engagementId", "analysis result " + result.getId()
                    + " belongs to another engagement than " + request.engagementId());
        }
        ScoredRow row = scoredRow(result.getId(), request.type(), target);
        Task task = new Task(result.getEngagementId(), result.getAnalysisId(), result.getId(),
                result.getAnalysisTypeId(), request.type(), request.rowId(), request.transactionId());
        task.scored(row.transaction(), row.riskScores());
        task.describe(request.status() == null ? Task.Status.OPEN : request.status(), request.assignedId(),
                request.description(), request.sample(), request.dueDate(), request.taskApprovalStatus(), null);
        task.label(auditAreas, assertions, tags);
        store.create(task);
        return TaskRead.of(task);
    }

    @RolesAllowed(TASKS_READ)
    public TaskRead get(String id) {
        return TaskRead.of(findVisible(id));
    }

    @RolesAllowed(TASKS_READ)
    public Page<TaskRead> query(QueryRequest request) {
        return access.page(Task.class, FIELDS, request, TaskRead::of);
    }

    @RolesAllowed(TASKS_WRITE)
    public TaskRead update(String id, TaskUpdate request) {
        Task task = findVisible(id);
        store.checkVersion(task, ENTITY, request.version());
        List<Problem> problems = new ArrayList<>();
        if (request.status() == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "status", "status is required"));
        }
        TaskRules.texts(request.description(), request.sample(), problems);
        List<String> auditAreas = TaskRules.labels("auditAreas", request.auditAreas(), problems);
        List<String> assertions = TaskRules.labels("assertions", request.assertions(), problems);
        List<String> tags = TaskRules.labels("tags", request.tags(), problems);
        checkUser("assignedId", request.assignedId(), problems);
        checkUser("approverId", request.approverId(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        task.describe(request.status(), request.assignedId(), request.description(), request.sample(),
                request.dueDate(), request.taskApprovalStatus(), request.approverId());
        task.label(auditAreas, assertions, tags);
        store.modified(task);
        store.em().flush(); // the answer carries the incremented version
        return TaskRead.of(task);
    }

    @RolesAllowed(TASKS_DELETE)
    public void delete(String id) {
        store.delete(findVisible(id));
    }

    /** Adds the caller's comment, stamped now. */
    @RolesAllowed(TASKS_WRITE)
    public TaskRead addComment(String id, TaskCommentCreate request) {
        Task task = findVisible(id);
        List<Problem> problems = new ArrayList<>();
        TaskRules.comment(request.commentText(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        task.addComment(new TaskComment(request.commentText(), clock.instant(), caller.userId()));
        store.modified(task);
        store.em().flush(); // the answer carries the incremented version
        return TaskRead.of(task);
    }

    private Task findVisible(String id) {
        return access.find(Task.class, ENTITY, id, Task::getEngagementId);
    }

    private void checkUser(String field, String userId, List<Problem> problems) {
        if (userId == null) {
            return;
        }
        User user = store.exists(User.class, userId) ? store.em().find(User.class, userId) : null;
        if (user == null || !user.isEnabled()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, field,
                    field + " must name an existing, enabled user").withValues(List.of(userId)));
        }
    }

    /** The scored row; 400 naming the id when the result lacks that row. */
    private ScoredRow scoredRow(String analysisResultId, Task.Type type, long target) {
        Optional<ScoredRow> row = scoredRows.find(analysisResultId, type, target);
        if (row.isEmpty()) {
            String field = Task.isAboutTransaction(type) ? "transactionId" : "rowId";
            String what = Task.isAboutTransaction(type) ? "transaction " : "entry ";
            throw new InvalidInputException(List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, field,
                    "analysis result " + analysisResultId + " has no " + what + target)
                    .withValues(List.of(Long.toString(target)))));
        }
        return row.get();
    }
}
