package org.assay.files.control;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where the vault keeps what. Stored files live at {@code <root>/ab/abcdef…} (a two-level fan-out, so that no
 * directory holds millions of entries); files being written live in {@code <root>/tmp/}. Only the vault's own ids
 * ever become part of a path: anything else names no file, so no caller text can lead outside the root.
 */
final class VaultLayout {

    private static final Pattern ID = Pattern.compile("[0-9a-f]{24}");
    private static final int ID_BYTES = 12;
    private static final int FAN_OUT_CHARS = 2;
    private static final String TEMPORARIES = "tmp";
    static final String TEMPORARY_SUFFIX = ".part";

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path root;

    VaultLayout(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * A new random id, in the shape of the API's ids. Random rather than {@code ObjectIds.next()}: those begin with
     * the time, which would put months of files into one fan-out directory, and random ids cannot be guessed.
     */
    static String newId() {
        byte[] bytes = new byte[ID_BYTES];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static boolean isId(String candidate) {
        return candidate != null && ID.matcher(candidate).matches();
    }

    /** The file of a stored id; empty for anything that is not an id, which therefore names no file. */
    Optional<Path> storedFile(String id) {
        return isId(id) ? Optional.of(root.resolve(id.substring(0, FAN_OUT_CHARS)).resolve(id)) : Optional.empty();
    }

    /** The directory of files being written; on the same file system as the stored files, so a rename publishes. */
    Path temporaries() {
        return root.resolve(TEMPORARIES);
    }

    Path temporaryFor(String id) {
        return temporaries().resolve(id + TEMPORARY_SUFFIX);
    }
}
