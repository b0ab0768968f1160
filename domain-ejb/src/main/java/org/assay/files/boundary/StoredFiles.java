package org.assay.files.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assay.access.control.KeyFiles;
import org.assay.files.control.FileEncryptionKey;
import org.assay.files.control.FileTooLargeException;
import org.assay.files.control.FileVault;
import org.assay.files.control.StoredFile;
import org.assay.files.control.StoredFileNotFoundException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The installation's one {@link FileVault}: where the bytes of uploaded files live, encrypted. Callers keep the
 * ids it hands out ({@code FileManagerEntry.blobId}, chunk parts); it knows nothing of entries or permissions, so
 * only façades that checked the caller may hand an id to it. Disk failures surface as {@link UncheckedIOException}
 * (a 500: the server's fault, not the caller's).
 */
@ApplicationScoped
public class StoredFiles {

    /** 4 GiB: far above any general ledger the client uploads, and still a bound on one caller's disk use. */
    public static final long DEFAULT_MAX_FILE_BYTES = 4L << 30;

    /**
     * Temporaries older than this at start are leftovers of a crash. It exceeds any stall of a live upload, so a
     * node starting beside others that share the directory never removes their files in progress.
     */
    static final Duration STALE_TEMPORARY = Duration.ofHours(6);

    private static final Logger LOG = Logger.getLogger(StoredFiles.class.getName());

    @Inject
    @ConfigProperty(name = "assay.files.directory")
    Optional<String> directory;

    @Inject
    @ConfigProperty(name = "assay.files.key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "assay.auth.key-dir")
    Optional<String> keyDirectory;

    @Inject
    @ConfigProperty(name = "assay.files.max-file-bytes", defaultValue = "" + DEFAULT_MAX_FILE_BYTES)
    long maxFileBytes;

    @Resource
    TransactionSynchronizationRegistry transactions;

    private FileVault vault;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // touching the bean runs @PostConstruct at deployment: a bad key fails the deployment, not the first upload
        maxFileBytes();
    }

    @PostConstruct
    void openVault() {
        Path root = Path.of(directory.filter(dir -> !dir.isBlank())
                .orElseGet(() -> System.getProperty("jboss.server.data.dir", ".") + "/assay/files"));
        vault = new FileVault(root, FileEncryptionKey.fromConfigOrDirectory(configuredKey, KeyFiles.directory(keyDirectory)));
        try {
            int removed = vault.sweepTemporaries(STALE_TEMPORARY);
            if (removed > 0) {
                LOG.info(() -> "Removed " + removed + " stale temporary upload files under " + root);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Cannot sweep the temporary upload files under " + root, e);
        }
    }

    /** The largest file accepted ({@code assay.files.max-file-bytes}). */
    public long maxFileBytes() {
        return maxFileBytes;
    }

    /**
     * Stores the stream (read to its end) as a new file; nothing stays behind if it fails.
     *
     * @throws FileTooLargeException more than {@code maxBytes} arrived
     */
    public StoredFile store(InputStream content, long maxBytes) {
        try {
            return vault.store(content, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store an uploaded file", e);
        }
    }

    /**
     * Stores what {@code content} writes as a new file, published only once complete (a half-written file is never
     * readable).
     */
    public StoredFile write(FileVault.Content content) {
        try {
            return vault.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write a file into the store", e);
        }
    }

    /** Stores the given files' bytes, in this order, as one new file; the given ones stay. */
    public StoredFile concatenate(List<String> blobIds, long maxBytes) {
        try {
            return vault.concatenate(blobIds, maxBytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot assemble a file from its parts", e);
        }
    }

    /**
     * The plaintext of a stored file, decrypted as it is read (reads throw {@code StoredFileCorruptedException}, an
     * IOException, if it was tampered with). The caller closes it.
     *
     * @throws StoredFileNotFoundException there is no such file
     */
    public InputStream open(String blobId) {
        try {
            return vault.open(blobId);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open stored file " + blobId, e);
        }
    }

    /** Deletes stored files now; a failure is logged, not thrown (the caller's outcome does not depend on it). */
    public void delete(Collection<String> blobIds) {
        for (String blobId : blobIds) {
            try {
                vault.delete(blobId);
            } catch (IOException e) {
                LOG.log(Level.WARNING, "Cannot delete stored file " + blobId + "; it stays as an orphan", e);
            }
        }
    }

    /**
     * Deletes stored files once the current transaction commits, so that a rollback keeps the rows and their bytes
     * together; without a transaction they are deleted now.
     */
    public void deleteAfterCommit(Collection<String> blobIds) {
        List<String> ids = List.copyOf(blobIds);
        if (ids.isEmpty()) {
            return;
        }
        if (transactions.getTransactionKey() == null) {
            delete(ids);
            return;
        }
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the outcome is known
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    delete(ids);
                }
            }
        });
    }
}
