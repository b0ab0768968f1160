package org.assay.tasks.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.assay.platform.entity.AuditedEntity;

/** A follow-up on one scored entry or transaction of an analysis result ({@code ApiTaskRead}). */
@Entity
@Table(name = "task", indexes = {
    @Index(name = "ix_task_analysis", columnList = "analysisId"),
    @Index(name = "ix_task_result", columnList = "analysisResultId")})
public class Task extends AuditedEntity {

    public enum Status { OPEN, NORMAL, COMPLETED, DISMISSED, RESOLVED }

    public enum Type { ENTRY, TRANSACTION, AP_ENTRY, AR_ENTRY, AP_OUTSTANDING_ENTRY, AR_OUTSTANDING_ENTRY, TRA_ENTRY,
        SUBLEDGER_ENTRY }

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

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(length = 24)
    private String assignedId;

    @Column(length = 2000)
    private String description;

    private LocalDate dueDate;

    protected Task() {
    }

    public Task(String engagementId, String analysisId, String analysisResultId, String analysisTypeId, Type type,
            Long rowId, Long transactionId) {
        this.engagementId = engagementId;
        this.analysisId = analysisId;
        this.analysisResultId = analysisResultId;
        this.analysisTypeId = analysisTypeId;
        this.type = type;
        this.rowId = rowId;
        this.transactionId = transactionId;
    }

    public void assign(String userId, Status newStatus, String newDescription, LocalDate newDueDate) {
        this.assignedId = userId;
        this.status = newStatus;
        this.description = newDescription;
        this.dueDate = newDueDate;
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

    public Status getStatus() {
        return status;
    }

    public String getAssignedId() {
        return assignedId;
    }

    public String getDescription() {
        return description;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }
}
