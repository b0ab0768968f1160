package org.assay.files.boundary;

import static org.assay.access.control.Permissions.FILE_MANAGER_DELETE;
import static org.assay.access.control.Permissions.FILE_MANAGER_READ;
import static org.assay.access.control.Permissions.FILE_MANAGER_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.assay.access.boundary.CallerContext;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.files.control.FileNames;
import org.assay.files.control.FileTooLargeException;
import org.assay.files.control.FileTree;
import org.assay.files.control.StoredFile;
import org.assay.files.entity.ChunkedFile;
import org.assay.files.entity.FileManagerEntry;
import org.assay.platform.boundary.ContentTooLargeException;
import org.assay.platform.boundary.DuplicateValueException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.boundary.Transactions;
import org.assay.platform.entity.ObjectIds;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/**
 * The file manager of each engagement: directories and files (api-reference §3.9). An entry is visible to whoever
 * sees its engagement ({@link EngagementAccess}). Names are unique within a folder ignoring case; a directory is
 * deleted only when empty (the reference documents no recursive delete). Uploads stream into the vault outside any
 * transaction and are recorded in a short one afterwards; if that fails, their bytes are deleted again.
 */
@Stateless
public class FileManagerFacade {

    static final String ENTITY = "FILE_MANAGER_ENTITY";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("engagementId", "engagementId")
            .id("parentFileManagerEntityId", "parentFileManagerEntityId")
            .enumeration("type", "type", FileManagerEntry.Type.class)
            .string("name", "name")
            .string("extension", "extension")
            .string("originalName", "originalName")
            .id("fileInfoId", "fileInfoId")
            .id("createdUserInfo.userId", "createdUserInfo.userId")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    CallerContext caller;

    @Inject
    EngagementAccess engagements;

    @Inject
    StoredFiles storedFiles;

    @Inject
    Transactions transactions;

    /** Where a new file goes and what it is called; {@code originalName} is the name it was uploaded under. */
    private record FileTarget(FileManagerEntryCreate request, String name, String extension, String originalName) {
    }

    @RolesAllowed(FILE_MANAGER_WRITE)
    public FileManagerEntryRead createDirectory(FileManagerEntryCreate request) {
        checkPlacement(request.engagementId(), null, request.parentFileManagerEntityId(), request.name(), null);
        FileManagerEntry directory = FileManagerEntry.directory(request.engagementId(),
                request.parentFileManagerEntityId(), request.name());
        store.create(directory);
        return FileManagerEntryRead.of(directory);
    }

    /**
     * Imports an uploaded file: {@code fileName} is the upload's file name, whose extension the entry takes;
     * {@code request.name()} is its stem (the upload's stem when absent). Everything is checked before the first
     * byte is read, and again when the entry is recorded.
     */
    @RolesAllowed(FILE_MANAGER_WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FileManagerEntryRead importFile(FileManagerEntryCreate request, String fileName, InputStream content) {
        FileTarget target = target(request, fileName, "file");
        transactions.inNew(() -> checkPlacement(target));
        StoredFile blob;
        try {
            blob = storedFiles.store(content, storedFiles.maxFileBytes());
        } catch (FileTooLargeException e) {
            throw new ContentTooLargeException("file", e.limit());
        }
        return recordFile(target, blob, () -> {
            if (blob.size() == 0) {
                throw InvalidInputException.of("file", "the file is empty");
            }
        });
    }

    /**
     * Imports a complete chunked file: its parts, joined in offset order, become one stored file, named by the
     * request and taking its extension from the chunked file's name. The chunked file and its parts are gone after.
     */
    @RolesAllowed(FILE_MANAGER_WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FileManagerEntryRead importFromChunked(String chunkedFileId, FileManagerEntryCreate request) {
        ChunkedFile chunked = transactions.inNew(() -> {
            ChunkedFile found = ChunkedFileFacade.findVisible(store, caller, chunkedFileId);
            if (!found.isComplete()) {
                throw new InvalidStateException(ProblemType.INVALID_STATE, ChunkedFileFacade.ENTITY, chunkedFileId,
                        "chunkedFileParts", "the chunked file is incomplete: its parts must cover all " + found.getSize()
                                + " bytes without gaps");
            }
            return found;
        });
        FileTarget target = target(request, chunked.getName(), "chunkedFileId");
        transactions.inNew(() -> checkPlacement(target));
        List<String> parts = chunked.getParts().stream().map(ChunkedFile.Part::getBlobId).toList();
        StoredFile blob;
        try {
            blob = storedFiles.concatenate(parts, chunked.getSize());
        } catch (FileTooLargeException e) {
            throw new ContentTooLargeException("size", e.limit());
        }
        return recordFile(target, blob, () -> {
            // consumed by the import; a chunked file deleted meanwhile (a 404 here) undoes it
            ChunkedFile current = ChunkedFileFacade.findVisible(store, caller, chunkedFileId);
            store.delete(current);
            storedFiles.deleteAfterCommit(parts);
        });
    }

    @RolesAllowed(FILE_MANAGER_READ)
    public FileManagerEntryRead get(String id) {
        return FileManagerEntryRead.of(findVisible(id));
    }

    @RolesAllowed(FILE_MANAGER_READ)
    public Page<FileManagerEntryRead> query(QueryRequest request) {
        return queries.page(FileManagerEntry.class, FIELDS, request, engagements.restriction("engagementId"))
                .map(FileManagerEntryRead::of);
    }

    /** Renames and/or moves an entry within its engagement. */
    @RolesAllowed(FILE_MANAGER_WRITE)
    public FileManagerEntryRead update(String id, FileManagerEntryUpdate request) {
        FileManagerEntry entry = findVisible(id);
        store.checkVersion(entry, ENTITY, request.version());
        if (request.type() != null && !request.type().equals(entry.getType().name())) {
            throw new InvalidInputException(List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "type",
                    "type cannot change: the entry is a " + entry.getType()).withValues(List.of(request.type()))));
        }
        checkPlacement(entry.getEngagementId(), entry, request.parentFileManagerEntityId(), request.name(),
                entry.getExtension());
        boolean renamed = !entry.getName().equals(request.name().trim());
        boolean moved = !Objects.equals(entry.getParentFileManagerEntityId(), request.parentFileManagerEntityId());
        if (renamed) {
            entry.rename(request.name());
        }
        if (moved) {
            entry.moveTo(request.parentFileManagerEntityId());
        }
        if (renamed || moved) {
            store.modified(entry);
            store.flush(() -> new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "version",
                    "the entry was modified concurrently: read it again"));
        }
        return FileManagerEntryRead.of(entry);
    }

    /** Deletes a file (its bytes once the deletion commits) or an empty directory. */
    @RolesAllowed(FILE_MANAGER_DELETE)
    public void delete(String id) {
        FileManagerEntry entry = findVisible(id);
        if (entry.isDirectory() && !children(id).setMaxResults(1).getResultList().isEmpty()) {
            throw new InvalidStateException(ProblemType.CANNOT_DELETE, ENTITY, id, "id",
                    "the directory is not empty: delete or move its entries first");
        }
        store.delete(entry);
        if (entry.getBlobId() != null) {
            storedFiles.deleteAfterCommit(List.of(entry.getBlobId()));
        }
    }

    /** What {@code GET /file-manager/{id}/export} sends; a directory has nothing to send. */
    @RolesAllowed(FILE_MANAGER_READ)
    public FileDownload export(String id) {
        FileManagerEntry entry = findVisible(id);
        if (entry.isDirectory()) {
            throw InvalidInputException.of("id", "a directory cannot be exported, only a file");
        }
        return new FileDownload(entry.fullName(), FileNames.contentType(entry.getExtension()), entry.getSize(),
                entry.getBlobId());
    }

    private FileManagerEntry findVisible(String id) {
        FileManagerEntry entry = store.find(FileManagerEntry.class, ENTITY, id);
        engagements.checkVisible(entry.getEngagementId(), ENTITY, id);
        return entry;
    }

    /** The new file's stem, extension and original name, from the request and the name it was uploaded under. */
    private static FileTarget target(FileManagerEntryCreate request, String uploadedName, String uploadIdentifier) {
        String original = FileNames.lastSegment(uploadedName);
        if (original == null || original.isEmpty()) {
            throw InvalidInputException.of(uploadIdentifier, "the upload must carry a file name (with its extension)");
        }
        FileNames.Split split = FileNames.split(original);
        String extension = split.extension();
        if (extension != null && extension.length() > FileManagerEntry.EXTENSION_MAX) {
            throw InvalidInputException.of(uploadIdentifier,
                    "the file name's extension must have at most " + FileManagerEntry.EXTENSION_MAX + " characters");
        }
        String name = request.name() != null ? request.name() : split.stem();
        String shortened = original.length() > FileManagerEntry.ORIGINAL_NAME_MAX
                ? original.substring(0, FileManagerEntry.ORIGINAL_NAME_MAX) : original;
        return new FileTarget(request, name, extension, shortened);
    }

    /**
     * Records an imported file in a short transaction after {@code alsoInTransaction} ran in it; if anything fails,
     * the stored bytes are deleted and nothing of the import remains.
     */
    private FileManagerEntryRead recordFile(FileTarget target, StoredFile blob, Runnable alsoInTransaction) {
        try {
            return transactions.inNew(() -> {
                alsoInTransaction.run();
                checkPlacement(target);
                FileManagerEntryCreate request = target.request();
                FileManagerEntry file = FileManagerEntry.file(request.engagementId(), request.parentFileManagerEntityId(),
                        target.name(), target.extension(), target.originalName(), blob.id(), blob.size(), blob.sha256());
                store.create(file);
                store.flush(() -> duplicateName(target.name()));
                return FileManagerEntryRead.of(file);
            });
        } catch (RuntimeException e) {
            storedFiles.delete(List.of(blob.id()));
            throw e;
        }
    }

    private Void checkPlacement(FileTarget target) {
        FileManagerEntryCreate request = target.request();
        checkPlacement(request.engagementId(), null, request.parentFileManagerEntityId(), target.name(),
                target.extension());
        return null;
    }

    /**
     * Checks that an entry named {@code name} (with {@code extension}, for a file) may live under {@code parentId}
     * in the engagement: the engagement is visible (else 404), the name valid and the parent a directory of the
     * same engagement outside {@code moved} (400), and no sibling has the name (409).
     */
    private void checkPlacement(String engagementId, FileManagerEntry moved, String parentId, String name,
            String extension) {
        if (engagementId == null) {
            throw InvalidInputException.of("engagementId", "engagementId is required");
        }
        engagements.findVisible(engagementId);
        List<Problem> problems = new ArrayList<>();
        FileNames.check("name", name, FileManagerEntry.NAME_MAX).ifPresent(problems::add);
        FileTree.checkParent(engagementId, moved == null ? null : moved.getId(), parentId, this::node)
                .ifPresent(problems::add);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        TypedQuery<FileManagerEntry> siblings = parentId == null
                ? store.em().createNamedQuery(FileManagerEntry.NAMED_IN_ROOT, FileManagerEntry.class)
                        .setParameter("engagementId", engagementId)
                : store.em().createNamedQuery(FileManagerEntry.NAMED_IN_DIRECTORY, FileManagerEntry.class)
                        .setParameter("parentId", parentId);
        boolean taken = siblings.setParameter("nameKey", FileManagerEntry.nameKey(name, extension)).getResultStream()
                .anyMatch(sibling -> moved == null || !sibling.getId().equals(moved.getId()));
        if (taken) {
            throw duplicateName(name);
        }
    }

    private FileTree.Node node(String id) {
        FileManagerEntry entry = ObjectIds.isValid(id) ? store.em().find(FileManagerEntry.class, id) : null;
        return entry == null ? null : new FileTree.Node(entry.getId(), entry.getEngagementId(),
                entry.getParentFileManagerEntityId(), entry.isDirectory());
    }

    private TypedQuery<FileManagerEntry> children(String directoryId) {
        return store.em().createNamedQuery(FileManagerEntry.CHILDREN, FileManagerEntry.class)
                .setParameter("parentId", directoryId);
    }

    private static DuplicateValueException duplicateName(String name) {
        return new DuplicateValueException(ENTITY, "name", name.trim());
    }
}
