package org.assay.files.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import org.assay.access.control.KeyFiles;

/**
 * The 256-bit master key of the {@link FileVault}. It comes from configuration (Base64) or is generated on first
 * start into the key directory, readable by the server's user only; cluster nodes must share it. It never encrypts
 * a file itself: each file gets its own key derived from it with HKDF and a random salt.
 */
public final class FileEncryptionKey {

    static final String KEY_FILE = "files.key";
    static final int BYTES = 32;

    private final byte[] bytes;

    private FileEncryptionKey(byte[] bytes, String origin) {
        if (bytes.length != BYTES) {
            throw new IllegalArgumentException(origin + " must be " + BYTES + " bytes (256 bits), Base64-encoded; it has "
                    + bytes.length + " bytes");
        }
        this.bytes = bytes.clone();
    }

    /** The key with these 32 bytes. */
    public static FileEncryptionKey of(byte[] bytes) {
        return new FileEncryptionKey(bytes, "the file encryption key");
    }

    /** The configured Base64 key, or the key kept in (or first generated into) {@code keyDirectory}. */
    public static FileEncryptionKey fromConfigOrDirectory(Optional<String> configuredBase64, Path keyDirectory) {
        Optional<String> configured = configuredBase64.filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return decode(configured.get(), "the configured file encryption key");
        }
        Path file = keyDirectory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] generated = new byte[BYTES];
                new SecureRandom().nextBytes(generated);
                KeyFiles.createOwnerOnly(file, Base64.getEncoder().encodeToString(generated));
            }
            // read back even after generating: if another node won the race, its key is the one to use
            return decode(Files.readString(file, StandardCharsets.US_ASCII), "the file encryption key in " + file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the file encryption key " + file, e);
        }
    }

    private static FileEncryptionKey decode(String base64, String origin) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(base64.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(origin + " is not Base64", e);
        }
        return new FileEncryptionKey(decoded, origin);
    }

    /** A copy of the key material. */
    byte[] bytes() {
        return bytes.clone();
    }
}
