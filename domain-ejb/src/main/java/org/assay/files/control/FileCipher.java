package org.assay.files.control;

import com.google.crypto.tink.StreamingAead;
import com.google.crypto.tink.subtle.AesGcmHkdfStreaming;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;

/**
 * Encrypts and decrypts stored files as streams, with Tink's AES-GCM-HKDF streaming AEAD: the file is cut into
 * segments that are each AES-256-GCM encrypted under a key derived (HKDF-SHA256, random salt) for this file alone;
 * each segment's nonce holds the file's random nonce prefix, the segment's number and whether it is the last one.
 * So a flipped bit, reordered or dropped segments, and a truncation all fail decryption, and neither side ever
 * holds more than one segment in memory.
 *
 * <p>Layout of a stored file: {@link #FORMAT} (4 bytes), then Tink's ciphertext (its header of salt and nonce
 * prefix, then the segments).
 */
final class FileCipher {

    /** "ASF" and the format version: tells which cipher and segment size the rest of the file was written with. */
    static final byte[] FORMAT = {'A', 'S', 'F', 1};
    /** Tink's AES256_GCM_HKDF_1MB: large segments keep the per-segment cost (tag, cipher init) negligible. */
    static final int CIPHERTEXT_SEGMENT_BYTES = 1 << 20;
    private static final String HKDF = "HmacSha256";

    private final StreamingAead aead;

    FileCipher(FileEncryptionKey key) {
        try {
            aead = new AesGcmHkdfStreaming(key.bytes(), HKDF, FileEncryptionKey.BYTES, CIPHERTEXT_SEGMENT_BYTES, 0);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM-HKDF streaming is not available", e);
        }
    }

    /** A stream that encrypts what is written to it into {@code ciphertext}; closing it finishes the file. */
    OutputStream encrypting(OutputStream ciphertext, String id) throws IOException {
        ciphertext.write(FORMAT);
        try {
            return aead.newEncryptingStream(ciphertext, associatedData(id));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /**
     * A stream of the plaintext of {@code ciphertext}. Reading throws {@link StoredFileCorruptedException} as soon
     * as a segment fails authentication; the end of the stream is only reported once the last segment verified.
     */
    InputStream decrypting(InputStream ciphertext, String id) throws IOException {
        byte[] format = ciphertext.readNBytes(FORMAT.length);
        if (!Arrays.equals(format, FORMAT)) {
            throw new StoredFileCorruptedException(id, "it does not start with the header of format version 1", null);
        }
        DiskReads disk = new DiskReads(ciphertext);
        try {
            return new VerifiedPlaintext(aead.newDecryptingStream(disk, associatedData(id)), disk, id);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    /** Binds the ciphertext to its format and its id: a file copied over another id's file fails to decrypt. */
    private static byte[] associatedData(String id) {
        byte[] name = id.getBytes(StandardCharsets.US_ASCII);
        byte[] data = Arrays.copyOf(FORMAT, FORMAT.length + name.length);
        System.arraycopy(name, 0, data, FORMAT.length, name.length);
        return data;
    }

    /** The ciphertext as read from disk; remembers a read failure so that it is not taken for tampering. */
    private static final class DiskReads extends FilterInputStream {

        private IOException failure;

        DiskReads(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                failure = e;
                throw e;
            }
        }
    }

    /**
     * Tink's decrypting stream, with its failures told apart: a failed disk read passes through, anything else it
     * throws (a tag mismatch, a ciphertext too short to hold its header) means the file did not authenticate.
     */
    private static final class VerifiedPlaintext extends FilterInputStream {

        private final DiskReads disk;
        private final String id;

        VerifiedPlaintext(InputStream plaintext, DiskReads disk, String id) {
            super(plaintext);
            this.disk = disk;
            this.id = id;
        }

        @Override
        public int read() throws IOException {
            try {
                return super.read();
            } catch (IOException e) {
                throw explained(e);
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            try {
                return super.read(buffer, offset, length);
            } catch (IOException e) {
                throw explained(e);
            }
        }

        @Override
        public long skip(long count) throws IOException {
            try {
                return super.skip(count); // Tink decrypts (and verifies) what it skips
            } catch (IOException e) {
                throw explained(e);
            }
        }

        private IOException explained(IOException e) {
            if (e == disk.failure || e instanceof StoredFileCorruptedException) {
                return e;
            }
            return new StoredFileCorruptedException(id,
                    "it was altered or truncated, or encrypted under another key", e);
        }
    }
}
