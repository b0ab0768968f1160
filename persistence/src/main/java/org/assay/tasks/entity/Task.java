package org.assay.tasks.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.assay.platform.entity.AuditedEntity;

/**
 * A follow-up on one scored entry or transaction of an analysis result ({@code ApiTaskRead}). What it is about —
 * engagement, analysis, result, row, the transaction's name and its risk scores — is fixed when it is created;
 * the work on it (status, assignee, approval, labels, comments) changes.
 * <p>
 * The collections are lazy on purpose: fetching five of them eagerly would multiply the rows of every task read.
 * The façades read them inside their transactions.
 */
@Entity
@Table(name = "task", indexes = {
    @Index(name = "ix_task_analysis", columnList = "analysisId"),
    @Index(name = "ix_task_result", columnList = "analysisResultId")})
public class Task extends AuditedEntity {

    public enum Status { OPEN, NORMAL, COMPLETED, DISMISSED, RESOLVED }

    public enum Type { ENTRY, TRANSACTION, AP_ENTRY, AR_ENTRY, AP_OUTSTANDING_ENTRY, AR_OUTSTANDING_ENTRY, TRA_ENTRY,
        SUBLEDGER_ENTRY }

    /** {@code taskApprovalStatus}. */
    public enum ApprovalStatus { PENDING, REJECTED, APPROVED }

    public static final int DESCRIPTION_MAX = 2000;
    public static final int SAMPLE_MAX = 250;
    public static final int TRANSACTION_MAX = 250;
    public static final int LABEL_MAX = 100;
    public static final int LABELS_MAX = 100;

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisResultId;

    @Column(nullable = false, length = 24, updatable = false)
    private String analysisTypeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Type type;

    private Long rowId;

    private Long transactionId;

    /** Generated from the type and the row or transaction: "Entry 42", "Transaction 17". */
    @Column(length = 40, updatable = false)
    private String name;

    /** The original name of the transaction, as the scored row carries it. */
    @Column(length = TRANSACTION_MAX, updatable = false)
    private String transaction;

    @ElementCollection
    @CollectionTable(name = "task_risk_score", joinColumns = @JoinColumn(name = "task_id"))
    @MapKeyColumn(name = "score_name", length = LABEL_MAX)
    @Column(name = "score", nullable = false)
    private Map<String, Integer> riskScores = new LinkedHashMap<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(length = 24)
    private String assignedId;

    @Column(length = DESCRIPTION_MAX)
    private String description;

    @Column(length = SAMPLE_MAX)
    private String sample;

    private LocalDate dueDate;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private ApprovalStatus taskApprovalStatus;

    @Column(length = 24)
    private String approverId;

    @ElementCollection
    @CollectionTable(name = "task_audit_area", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "audit_area", nullable = false, length = LABEL_MAX)
    private List<String> auditAreas = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_assertion", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "assertion", nullable = false, length = LABEL_MAX)
    private List<String> assertions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_tag", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", nullable = false, length = LABEL_MAX)
    private List<String> tags = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "task_comment", joinColumns = @JoinColumn(name = "task_id"))
    @OrderColumn(name = "position")
    private List<TaskComment> comments = new ArrayList<>();

    protected Task() {
    }

    public Task(String engagementId, String analysisId, String analysisResultId, String analysisTypeId, Type type,
            Long rowId, Long transactionId) {
        this.engagementId = engagementId;
        this.analysisId = analysisId;
        this.analysisResultId = analysisResultId;
        this.analysisTypeId = analysisTypeId;
        this.type = Objects.requireNonNull(type);
        this.rowId = rowId;
        this.transactionId = transactionId;
        this.name = nameOf(type, rowId, transactionId);
    }

    /** "Transaction 17" for a transaction task, "Entry 42" for a task on any kind of entry. */
    public static String nameOf(Type type, Long rowId, Long transactionId) {
        return type == Type.TRANSACTION ? "Transaction " + transactionId : "Entry " + rowId;
    }

    /** Whether tasks of this type are about a transaction ({@code transactionId}) rather than an entry ({@code rowId}). */
    public static boolean isAboutTransaction(Type type) {
        return type == Type.TRANSACTION;
    }

    /** What the scored row said when the task was created: the transaction's name and the row's risk scores. */
    public void scored(String transactionName, Map<String, Integer> scores) {
        this.transaction = transactionName;
        this.riskScores.clear();
        this.riskScores.putAll(scores);
    }

    public void describe(Status newStatus, String newAssignedId, String newDescription, String newSample,
            LocalDate newDueDate, ApprovalStatus newApprovalStatus, String newApproverId) {
        this.status = Objects.requireNonNull(newStatus);
        this.assignedId = newAssignedId;
        this.description = newDescription;
        this.sample = newSample;
        this.dueDate = newDueDate;
        this.taskApprovalStatus = newApprovalStatus;
        this.approverId = newApproverId;
    }

    public void label(List<String> newAuditAreas, List<String> newAssertions, List<String> newTags) {
        replace(auditAreas, newAuditAreas);
        replace(assertions, newAssertions);
        replace(tags, newTags);
    }

    public void addComment(TaskComment comment) {
        comments.add(Objects.requireNonNull(comment));
    }

    private static <T> void replace(List<T> target, List<T> values) {
        target.clear();
        target.addAll(values);
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAnalysisId() {
        return analysisId;
    }

    public String getAnalysisResultId() {
        return analysisResultId;
    }

    public String getAnalysisTypeId() {
        return analysisTypeId;
    }

    public Type getType() {
        return type;
    }

    public Long getRowId() {
        return rowId;
    }

    public Long getTransactionId() {
        return transactionId;
    }

    public String getName() {
        return name;
    }

    public String getTransaction() {
        return transaction;
    }

    public Map<String, Integer> getRiskScores() {
        return Collections.unmodifiableMap(riskScores);
    }

    public Status getStatus() {
        return status;
    }

    public String getAssignedId() {
        return assignedId;
    }

    public String getDescription() {
        return description;
    }

    public String getSample() {
        return sample;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public ApprovalStatus getTaskApprovalStatus() {
        return taskApprovalStatus;
    }

    public String getApproverId() {
        return approverId;
    }

    public List<String> getAuditAreas() {
        return Collections.unmodifiableList(auditAreas);
    }

    public List<String> getAssertions() {
        return Collections.unmodifiableList(assertions);
    }

    public List<String> getTags() {
        return Collections.unmodifiableList(tags);
    }

    public List<TaskComment> getComments() {
        return Collections.unmodifiableList(comments);
    }
}
