package org.assay.jobs.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.assay.platform.entity.AuditedEntity;

/**
 * An asynchronous job as the API shows it ({@code /async-results}), plus what the server needs to run it safely:
 * the node running it and its last heartbeat, so that a job whose node died is picked up again instead of staying
 * {@code IN_PROGRESS} for ever, and the attempts made so far.
 */
@Entity
@Table(name = "async_result", indexes = {
    @Index(name = "ix_async_result_entity", columnList = "entityId"),
    @Index(name = "ix_async_result_status", columnList = "status")})
@NamedQuery(name = AsyncResult.IN_PROGRESS, query = "select a from AsyncResult a where a.status = "
        + "org.assay.jobs.entity.AsyncResult.Status.IN_PROGRESS order by a.creationDate")
public class AsyncResult extends AuditedEntity {

    public static final String IN_PROGRESS = "AsyncResult.inProgress";
    public static final int ERROR_MAX = 2000;

    /** {@code type} of the reference. */
    public enum Type {
        ANALYSIS_RUN, ANALYSIS_SOURCE_INGESTION, ADMIN_REPORT, DATA_TABLE_EXPORT, ANALYSIS_ROLL_FORWARD,
        GDPDU_UNPACK_JOB, ACCOUNT_GROUPING_EXPORT, ACCOUNT_MAPPING_EXPORT, DATA_TRANSFORMATION_JOB, CONNECTION_TEST,
        CONNECTION_TABLES, DATA_TABLE
    }

    /** {@code status} of the reference: note {@code COMPLETE}, not COMPLETED. */
    public enum Status {
        IN_PROGRESS, COMPLETE, ERROR
    }

    /** {@code entityType} of the reference. */
    public enum EntityType {
        ORGANIZATION, ENGAGEMENT, ANALYSIS, ANALYSIS_RESULT, ANALYSIS_SOURCE, FILE_RESULT, GDPDU_UNPACK_JOB,
        ACCOUNT_GROUPING, ENGAGEMENT_ACCOUNT_GROUPING, FILE_MANAGER_FILE, CONNECTION_TEST_RESULT,
        CONNECTION_TABLES_RESULT, DATA_TABLE
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32, updatable = false)
    private Type type;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.IN_PROGRESS;

    @Column(length = 24)
    private String entityId;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private EntityType entityType;

    @Column(length = ERROR_MAX)
    private String error;

    @Column(length = ERROR_MAX)
    private String errorMessage;

    /** The engagement the job works in (null for installation-wide jobs): decides who may see it. */
    @Column(length = 24, updatable = false)
    private String engagementId;

    @Column(length = 64)
    private String node;

    private Instant heartbeat;

    private int attempts;

    protected AsyncResult() {
    }

    public AsyncResult(Type type, EntityType entityType, String entityId, String engagementId) {
        this.type = type;
        this.entityType = entityType;
        this.entityId = entityId;
        this.engagementId = engagementId;
    }

    public String getEngagementId() {
        return engagementId;
    }

    /**
     * Whether {@code node} may take this job: it is still in progress and nobody is running it — unclaimed, or
     * claimed by this very node before it (re)started at {@code nodeStart}, or by a node whose heart beat stopped
     * before {@code staleBefore}.
     */
    public boolean claimableBy(String byNode, Instant nodeStart, Instant staleBefore) {
        if (status != Status.IN_PROGRESS) {
            return false;
        }
        return node == null
                || byNode.equals(node) && heartbeat.isBefore(nodeStart)
                || heartbeat.isBefore(staleBefore);
    }

    /** A node takes the job (again): it is IN_PROGRESS on that node from now. */
    public void claim(String byNode, Instant at) {
        this.node = byNode;
        this.heartbeat = at;
        this.attempts++;
        this.status = Status.IN_PROGRESS;
    }

    public void beat(Instant at) {
        this.heartbeat = at;
    }

    public void complete() {
        this.status = Status.COMPLETE;
        this.error = null;
        this.errorMessage = null;
    }

    public void fail(String error, String message) {
        this.status = Status.ERROR;
        this.error = truncate(error);
        this.errorMessage = truncate(message);
    }

    private static String truncate(String text) {
        return text == null || text.length() <= ERROR_MAX ? text : text.substring(0, ERROR_MAX - 1) + "…";
    }

    public Type getType() {
        return type;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isInProgress() {
        return status == Status.IN_PROGRESS;
    }

    public String getEntityId() {
        return entityId;
    }

    public EntityType getEntityType() {
        return entityType;
    }

    public String getError() {
        return error;
    }

    public String getErrorMessage() {
        return errorMessage;
    }

    public String getNode() {
        return node;
    }

    public Instant getHeartbeat() {
        return heartbeat;
    }

    public int getAttempts() {
        return attempts;
    }
}
