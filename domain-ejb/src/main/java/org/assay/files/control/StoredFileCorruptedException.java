package org.assay.files.control;

import java.io.IOException;

/**
 * A stored file failed authentication while it was read: it was altered, truncated or reordered on disk, or it was
 * encrypted under another key. An {@link IOException} because it surfaces from {@code InputStream.read}; the bytes
 * returned before it came from segments that did authenticate, but the file as a whole must be treated as unusable.
 */
public class StoredFileCorruptedException extends IOException {

    private final String id;

    public StoredFileCorruptedException(String id, String reason, Throwable cause) {
        super("stored file " + id + " cannot be decrypted: " + reason, cause);
        this.id = id;
    }

    public String id() {
        return id;
    }
}
