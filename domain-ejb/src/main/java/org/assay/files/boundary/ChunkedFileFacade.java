package org.assay.files.boundary;

import static org.assay.access.control.Permissions.FILE_MANAGER_DELETE;
import static org.assay.access.control.Permissions.FILE_MANAGER_READ;
import static org.assay.access.control.Permissions.FILE_MANAGER_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.assay.access.boundary.CallerContext;
import org.assay.files.control.ChunkedParts;
import org.assay.files.control.FileNames;
import org.assay.files.control.FileTooLargeException;
import org.assay.files.control.StoredFile;
import org.assay.files.entity.ChunkedFile;
import org.assay.files.entity.FileManagerEntry;
import org.assay.platform.boundary.ContentTooLargeException;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.boundary.Transactions;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/**
 * Chunked uploads (files over 50 MiB in the official client): declared with name and size, filled part by part,
 * then imported into the file manager ({@link FileManagerFacade#importFromChunked}), which consumes them. A chunked
 * file belongs to whoever declared it; App Admins and API tokens see all of them. Guarded by the file-manager
 * permissions, as in the reference.
 */
@Stateless
public class ChunkedFileFacade {

    static final String ENTITY = "CHUNKED_FILE";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("name", "name")
            .number("size", "size")
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
    StoredFiles storedFiles;

    @Inject
    Transactions transactions;

    @RolesAllowed(FILE_MANAGER_WRITE)
    public ChunkedFileRead create(ChunkedFileCreate request) {
        List<Problem> problems = new ArrayList<>();
        FileNames.check("name", request.name(), ChunkedFile.NAME_MAX).ifPresent(problems::add);
        if (problems.isEmpty()) {
            String extension = FileNames.split(request.name().trim()).extension();
            if (extension != null && extension.length() > FileManagerEntry.EXTENSION_MAX) {
                problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name",
                        "the extension must have at most " + FileManagerEntry.EXTENSION_MAX + " characters"));
            }
        }
        if (request.size() == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "size", "size is required: the file's bytes"));
        } else if (request.size() < 1) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, "size", "size must be at least 1"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (request.size() > storedFiles.maxFileBytes()) {
            throw new ContentTooLargeException("size", storedFiles.maxFileBytes());
        }
        ChunkedFile file = new ChunkedFile(request.name().trim(), request.size());
        store.create(file);
        return ChunkedFileRead.of(file);
    }

    @RolesAllowed(FILE_MANAGER_READ)
    public ChunkedFileRead get(String id) {
        return ChunkedFileRead.of(findVisible(store, caller, id));
    }

    @RolesAllowed(FILE_MANAGER_READ)
    public Page<ChunkedFileRead> query(QueryRequest request) {
        return queries.page(ChunkedFile.class, FIELDS, request, visibility()).map(ChunkedFileRead::of);
    }

    @RolesAllowed(FILE_MANAGER_DELETE)
    public void delete(String id) {
        ChunkedFile file = findVisible(store, caller, id);
        store.delete(file);
        storedFiles.deleteAfterCommit(file.getParts().stream().map(ChunkedFile.Part::getBlobId).toList());
    }

    /**
     * Receives one part. The bytes stream into the vault outside any transaction (a 50 MiB part takes a while);
     * the part is checked before and recorded after, and a concurrent part that took its place meanwhile makes
     * this one fail without leaving its bytes behind.
     */
    @RolesAllowed(FILE_MANAGER_WRITE)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public ChunkedFileRead addPart(String id, ChunkedFilePartCreate request, InputStream content) {
        transactions.inNew(() -> checkPart(findVisible(store, caller, id), request));
        long declared = request.size();
        StoredFile blob;
        try {
            blob = storedFiles.store(content, declared);
        } catch (FileTooLargeException e) {
            throw InvalidInputException.of("fileChunk", "the part has more bytes than its declared size of " + declared);
        }
        try {
            if (blob.size() != declared) {
                throw InvalidInputException.of("fileChunk",
                        "the part has " + blob.size() + " bytes, its declared size is " + declared);
            }
            return transactions.inNew(() -> {
                ChunkedFile file = checkPart(findVisible(store, caller, id), request);
                file.addPart(new ChunkedFile.Part(request.offset(), declared, blob.id()));
                store.modified(file);
                store.flush(() -> new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "offset",
                        "another part of this chunked file arrived at the same time: send this one again"));
                return ChunkedFileRead.of(file);
            });
        } catch (RuntimeException e) {
            storedFiles.delete(List.of(blob.id()));
            throw e;
        }
    }

    private static ChunkedFile checkPart(ChunkedFile file, ChunkedFilePartCreate request) {
        List<Problem> problems = ChunkedParts.check(file.getSize(), file.getParts().size(), request.offset(),
                request.size());
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        ChunkedParts.overlapping(file.getParts(), request.offset(), request.size()).ifPresent(part -> {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, file.getId(), "offset",
                    "the part overlaps the part already received at offset " + part.getOffset() + " (" + part.getSize()
                            + " bytes)");
        });
        return file;
    }

    /** The chunked file, or 404 when there is none or it is somebody else's. */
    static ChunkedFile findVisible(EntityStore store, CallerContext caller, String id) {
        ChunkedFile file = store.find(ChunkedFile.class, ENTITY, id);
        if (!caller.isTenantWide() && !caller.userId().equals(file.getCreatedUserInfo().getUserId())) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        return file;
    }

    private BiFunction<CriteriaBuilder, Root<ChunkedFile>, Predicate> visibility() {
        if (caller.isTenantWide()) {
            return null;
        }
        String userId = caller.userId();
        return (cb, root) -> cb.equal(root.get("createdUserInfo").get("userId"), userId);
    }
}
