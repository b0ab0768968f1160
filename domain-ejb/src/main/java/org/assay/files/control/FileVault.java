package org.assay.files.control;

import static java.nio.file.StandardOpenOption.CREATE_NEW;
import static java.nio.file.StandardOpenOption.WRITE;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Uploaded files at rest: streamed to disk (never whole in memory), checksummed (SHA-256 of the plaintext) and
 * encrypted with AES-GCM in authenticated segments ({@link FileCipher}). A file is written to a temporary file and
 * published under a new id by an atomic rename, so a stored file is complete or absent, never half-written.
 * Thread-safe; nodes of a cluster may share the root directory and the key.
 */
public final class FileVault {

    private final VaultLayout layout;
    private final FileCipher cipher;

    public FileVault(Path root, FileEncryptionKey key) {
        this.layout = new VaultLayout(root);
        this.cipher = new FileCipher(key);
    }

    /**
     * Stores the plaintext read from {@code plaintext} (up to its end) under a new id. Reading stops, and nothing
     * is kept, once more than {@code maxBytes} arrived ({@link FileTooLargeException}) or on any other failure.
     * Does not close {@code plaintext}.
     */
    public StoredFile store(InputStream plaintext, long maxBytes) throws IOException {
        return store((encrypting, id) -> MeasuredCopy.copy(plaintext, encrypting, maxBytes));
    }

    /**
     * Stores what {@code content} writes to the stream it is handed (which it must not close) under a new id. The
     * file is written aside and published only once complete: a failure, or a server stop, leaves nothing a reader
     * could open.
     */
    public StoredFile write(Content content) throws IOException {
        return store((encrypting, id) -> {
            MeasuredCopy.MeasuringStream measured = new MeasuredCopy.MeasuringStream(encrypting);
            content.writeTo(measured);
            return measured.measure();
        });
    }

    /** Plaintext written by a caller into the vault. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream plaintext) throws IOException;
    }

    private interface Filling {
        MeasuredCopy.Measure fill(OutputStream encrypting, String id) throws IOException;
    }

    private StoredFile store(Filling filling) throws IOException {
        String id = VaultLayout.newId();
        Files.createDirectories(layout.temporaries());
        Path temporary = layout.temporaryFor(id);
        try {
            MeasuredCopy.Measure measure;
            try (OutputStream file = Files.newOutputStream(temporary, CREATE_NEW, WRITE);
                    OutputStream encrypting = cipher.encrypting(file, id)) {
                measure = filling.fill(encrypting, id);
            }
            publish(temporary, id);
            return new StoredFile(id, measure.size(), measure.sha256());
        } finally {
            deleteQuietly(temporary); // nothing left to delete once published
        }
    }

    private void publish(Path temporary, String id) throws IOException {
        // on disk before it is reported stored: the file's pages are flushed by any descriptor of it
        try (FileChannel written = FileChannel.open(temporary, WRITE)) {
            written.force(true);
        }
        Path target = layout.storedFile(id).orElseThrow();
        Files.createDirectories(target.getParent());
        Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
    }

    /**
     * The plaintext of a stored file, decrypted while it is read. A read throws {@link StoredFileCorruptedException}
     * if the file does not authenticate; the end of the stream is reached only if all of it did.
     *
     * @throws StoredFileNotFoundException no file has that id, or it is not an id
     */
    public InputStream open(String id) throws IOException {
        Path file = layout.storedFile(id).orElseThrow(() -> new StoredFileNotFoundException(id));
        InputStream ciphertext;
        try {
            // no buffering needed: the decryption reads whole 1 MiB segments
            ciphertext = Files.newInputStream(file);
        } catch (NoSuchFileException e) {
            throw new StoredFileNotFoundException(id);
        }
        try {
            return cipher.decrypting(ciphertext, id);
        } catch (IOException | RuntimeException e) {
            ciphertext.close();
            throw e;
        }
    }

    /**
     * Stores the plaintexts of {@code ids}, in that order, as one new file (assembling an upload sent in chunks);
     * the parts stay. Streams, holding one part open at a time.
     *
     * @throws StoredFileNotFoundException one of the parts does not exist; nothing was written
     */
    public StoredFile concatenate(List<String> ids, long maxBytes) throws IOException {
        for (String id : ids) {
            if (!layout.storedFile(id).map(Files::isRegularFile).orElse(false)) {
                throw new StoredFileNotFoundException(id);
            }
        }
        try (InputStream joined = new ConcatenatedInputStream(ids, this::open)) {
            return store(joined, maxBytes);
        }
    }

    /** Deletes a stored file; nothing happens if there is none with that id (or it is not an id). */
    public void delete(String id) throws IOException {
        Path file = layout.storedFile(id).orElse(null);
        if (file != null) {
            Files.deleteIfExists(file);
        }
    }

    /**
     * Removes temporary files not written to for {@code olderThan}: left behind by a crash, or by a failed delete.
     * Files of uploads still in progress are written to continually; {@code olderThan} must exceed the longest
     * stall an upload may have.
     *
     * @return how many were removed
     */
    public int sweepTemporaries(Duration olderThan) throws IOException {
        Path temporaries = layout.temporaries();
        if (!Files.isDirectory(temporaries)) {
            return 0;
        }
        Instant cutoff = Instant.now().minus(olderThan);
        int removed = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(temporaries, "*" + VaultLayout.TEMPORARY_SUFFIX)) {
            for (Path file : files) {
                if (isOlderThan(file, cutoff) && Files.deleteIfExists(file)) {
                    removed++;
                }
            }
        }
        return removed;
    }

    private static boolean isOlderThan(Path file, Instant cutoff) throws IOException {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (NoSuchFileException e) {
            return false; // published or removed meanwhile
        }
    }

    /** Deletes a temporary file, or leaves it for {@link #sweepTemporaries} rather than hide the real failure. */
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // swept later
        }
    }
}
