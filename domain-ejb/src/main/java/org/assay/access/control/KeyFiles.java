package org.assay.access.control;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * Where Assay keeps the keys it generates on first start (the JWT signing key, the token HMAC key), and how it
 * writes them: readable by the server's user only, atomically, and without overwriting a key that another node
 * sharing the directory wrote first.
 */
public final class KeyFiles {

    private KeyFiles() {
    }

    /** The configured key directory, else {@code assay/} under the server's data directory. */
    public static Path directory(Optional<String> configured) {
        return Path.of(configured.filter(dir -> !dir.isBlank())
                .orElseGet(() -> System.getProperty("jboss.server.data.dir", ".") + "/assay"));
    }

    /** Writes {@code content} to {@code file} unless it exists; if another writer wins the race, its file stays. */
    public static void createOwnerOnly(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        Path temp = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            try {
                Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException e) {
                // not a POSIX file system (Windows): the data directory's own ACLs apply
            }
            Files.writeString(temp, content, StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp); // atomic and never replaces: the first writer's key wins
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file); // no hard links on this file system
            }
        } catch (FileAlreadyExistsException e) {
            // another node of a cluster sharing the directory was first: its key wins
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
