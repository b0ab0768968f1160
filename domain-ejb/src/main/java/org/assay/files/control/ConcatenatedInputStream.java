package org.assay.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/**
 * The plaintexts of several stored files, one after another. Each is opened only when the one before it is used
 * up, so assembling a thousand chunks never holds a thousand files (and their decryption buffers) open at once,
 * which {@link java.io.SequenceInputStream} over opened streams would.
 */
final class ConcatenatedInputStream extends InputStream {

    /** Opens the plaintext of one stored file. */
    @FunctionalInterface
    interface Opener {
        InputStream open(String id) throws IOException;
    }

    private final Iterator<String> remaining;
    private final Opener opener;
    private InputStream current;

    ConcatenatedInputStream(List<String> ids, Opener opener) {
        this.remaining = List.copyOf(ids).iterator();
        this.opener = opener;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) == -1 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        Objects.checkFromIndexSize(offset, length, buffer.length);
        if (length == 0) {
            return 0;
        }
        while (true) {
            if (current == null) {
                if (!remaining.hasNext()) {
                    return -1;
                }
                current = opener.open(remaining.next());
            }
            int read = current.read(buffer, offset, length);
            if (read != -1) {
                return read;
            }
            current.close();
            current = null;
        }
    }

    @Override
    public void close() throws IOException {
        if (current != null) {
            current.close();
            current = null;
        }
    }
}
