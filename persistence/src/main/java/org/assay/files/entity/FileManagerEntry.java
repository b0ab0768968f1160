package org.assay.files.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Locale;
import org.assay.platform.entity.AuditedEntity;

/**
 * A file or directory of an engagement's file manager. A file's bytes live encrypted in the file vault under
 * {@code blobId}; the name a caller gives is only ever data here, never part of a path on disk.
 */
@Entity
@Table(name = "file_manager_entry", indexes = {
    @Index(name = "ix_file_manager_engagement", columnList = "engagementId"),
    @Index(name = "ix_file_manager_parent", columnList = "parentFileManagerEntityId")})
@NamedQuery(name = FileManagerEntry.CHILDREN, query = "select f from FileManagerEntry f "
        + "where f.parentFileManagerEntityId = :parentId")
@NamedQuery(name = FileManagerEntry.NAMED_IN_DIRECTORY, query = "select f from FileManagerEntry f "
        + "where f.parentFileManagerEntityId = :parentId and f.nameKey = :nameKey")
@NamedQuery(name = FileManagerEntry.NAMED_IN_ROOT, query = "select f from FileManagerEntry f "
        + "where f.engagementId = :engagementId and f.parentFileManagerEntityId is null and f.nameKey = :nameKey")
public class FileManagerEntry extends AuditedEntity {

    public static final String CHILDREN = "FileManagerEntry.children";
    public static final String NAMED_IN_DIRECTORY = "FileManagerEntry.namedInDirectory";
    public static final String NAMED_IN_ROOT = "FileManagerEntry.namedInRoot";
    public static final int NAME_MAX = 255;
    public static final int EXTENSION_MAX = 20;
    public static final int ORIGINAL_NAME_MAX = NAME_MAX + EXTENSION_MAX + 1;

    /** {@code type} of the reference. */
    public enum Type {
        FILE, DIRECTORY
    }

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12, updatable = false)
    private Type type;

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(length = 24)
    private String parentFileManagerEntityId;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = ORIGINAL_NAME_MAX)
    private String nameKey;

    @Column(length = EXTENSION_MAX)
    private String extension;

    @Column(length = ORIGINAL_NAME_MAX)
    private String originalName;

    @Column(length = 24)
    private String fileInfoId;

    @Column(length = 24)
    private String blobId;

    private long size;

    @Column(length = 64)
    private String sha256;

    private boolean modified;

    protected FileManagerEntry() {
    }

    public static FileManagerEntry directory(String engagementId, String parentId, String name) {
        FileManagerEntry entry = new FileManagerEntry();
        entry.type = Type.DIRECTORY;
        entry.engagementId = engagementId;
        entry.parentFileManagerEntityId = parentId;
        entry.rename(name);
        return entry;
    }

    public static FileManagerEntry file(String engagementId, String parentId, String name, String extension,
            String originalName, String blobId, long size, String sha256) {
        FileManagerEntry entry = new FileManagerEntry();
        entry.type = Type.FILE;
        entry.engagementId = engagementId;
        entry.parentFileManagerEntityId = parentId;
        entry.extension = extension;
        entry.rename(name);
        entry.originalName = originalName;
        entry.blobId = blobId;
        entry.size = size;
        entry.sha256 = sha256;
        return entry;
    }

    /**
     * The key under which names are unique within a folder, ignoring case: a file's name with its extension, a
     * directory's name. A directory {@code data} and a file {@code data} (without extension) therefore clash.
     */
    public static String nameKey(String name, String extension) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return extension == null || extension.isEmpty() ? key : key + "." + extension.toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        this.name = newName.trim();
        this.nameKey = nameKey(newName, extension);
        if (type == Type.FILE && originalName != null) {
            this.modified = true;
        }
    }

    public void moveTo(String parentId) {
        this.parentFileManagerEntityId = parentId;
        if (type == Type.FILE) {
            this.modified = true;
        }
    }

    public void setFileInfoId(String fileInfoId) {
        this.fileInfoId = fileInfoId;
    }

    /** {@code name.extension}, as the file is downloaded. */
    public String fullName() {
        return extension == null || extension.isEmpty() ? name : name + "." + extension;
    }

    public Type getType() {
        return type;
    }

    public boolean isDirectory() {
        return type == Type.DIRECTORY;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getParentFileManagerEntityId() {
        return parentFileManagerEntityId;
    }

    public String getName() {
        return name;
    }

    public String getNameKey() {
        return nameKey;
    }

    public String getExtension() {
        return extension;
    }

    public String getOriginalName() {
        return originalName;
    }

    public String getFileInfoId() {
        return fileInfoId;
    }

    public String getBlobId() {
        return blobId;
    }

    public long getSize() {
        return size;
    }

    public String getSha256() {
        return sha256;
    }

    public boolean isModified() {
        return modified;
    }
}
