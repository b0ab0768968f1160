package org.assay.exports.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import org.assay.platform.entity.AuditedEntity;

/**
 * A file an asynchronous job produces for download ({@code /file-results}): a data-table or account-mapping export,
 * or an admin report.
 * It exists from the moment the job is started (the job's {@code entityId}) but names a stored file only once the
 * job wrote all of it, so a half-written file is never served; it is deleted, file and all, when it expires.
 */
@Entity
@Table(name = "file_result", indexes = @Index(name = "ix_file_result_expiry", columnList = "expiresAt"))
@NamedQuery(name = FileResult.EXPIRED,
        query = "select f from FileResult f where f.expiresAt is not null and f.expiresAt < :now")
public class FileResult extends AuditedEntity {

    public static final String EXPIRED = "FileResult.expired";

    /** What produced the file. */
    public enum Kind { DATA_TABLE_EXPORT, ACCOUNT_MAPPING_EXPORT, ADMIN_REPORT }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 24, updatable = false)
    private Kind kind;

    @Column(nullable = false, length = 255)
    private String fileName;

    /** The engagement whose data it holds; null for admin reports, which only App Admins read. */
    @Column(length = 24, updatable = false)
    private String engagementId;

    /** What to produce, as validated when the job was started (the job reads it again after a restart). */
    @Lob
    @Column(nullable = false, updatable = false)
    private String requestJson;

    @Column(length = 64)
    private String blobId;

    private long size;

    private Instant expiresAt;

    protected FileResult() {
    }

    public FileResult(Kind kind, String fileName, String engagementId, String requestJson) {
        this.kind = kind;
        this.fileName = fileName;
        this.engagementId = engagementId;
        this.requestJson = requestJson;
    }

    /** The job wrote the whole file: from now on it can be downloaded, until it expires. */
    public void publish(String storedBlobId, long storedSize, Instant expiry) {
        this.blobId = storedBlobId;
        this.size = storedSize;
        this.expiresAt = expiry;
    }

    public boolean isReady() {
        return blobId != null;
    }

    public Kind getKind() {
        return kind;
    }

    public String getFileName() {
        return fileName;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getRequestJson() {
        return requestJson;
    }

    public String getBlobId() {
        return blobId;
    }

    public long getSize() {
        return size;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }
}
