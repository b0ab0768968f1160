package org.assay.files.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Copies a plaintext while measuring it: its size and SHA-256, and a limit it must not pass. */
final class MeasuredCopy {

    static final int BUFFER_BYTES = 1 << 16;

    /** What was copied: the number of bytes and their SHA-256 (lowercase hex). */
    record Measure(long size, String sha256) {
    }

    private MeasuredCopy() {
    }

    /**
     * Copies {@code from} to {@code to}, throwing {@link FileTooLargeException} once more than {@code maxBytes}
     * arrived. It never reads more than one byte past the limit, so an oversized upload is refused without being
     * consumed (or stored) to its end.
     */
    static Measure copy(InputStream from, OutputStream to, long maxBytes) throws IOException {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        MessageDigest sha256 = sha256();
        byte[] buffer = new byte[BUFFER_BYTES];
        long size = 0;
        while (true) {
            long allowed = maxBytes - size;
            int wanted = allowed < buffer.length ? (int) allowed + 1 : buffer.length;
            int read = from.read(buffer, 0, wanted);
            if (read == -1) {
                return new Measure(size, HexFormat.of().formatHex(sha256.digest()));
            }
            size += read;
            if (size > maxBytes) {
                throw new FileTooLargeException(maxBytes);
            }
            sha256.update(buffer, 0, read);
            to.write(buffer, 0, read);
        }
    }

    /** Passes bytes through while measuring them, for content written rather than copied. */
    static final class MeasuringStream extends FilterOutputStream {

        private final MessageDigest sha256 = sha256();
        private long size;

        MeasuringStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            sha256.update((byte) b);
            size++;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            sha256.update(b, off, len);
            size += len;
        }

        @Override
        public void close() {
            // the vault closes the underlying stream itself
        }

        Measure measure() {
            return new Measure(size, HexFormat.of().formatHex(sha256.digest()));
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
