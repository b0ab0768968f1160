package org.assay.ingestion.control;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

/**
 * The first bytes of a stream, read once for format detection and then replayed in front of the rest, so the
 * stream need not support mark/reset or seeking.
 */
final class InputSample {

    private final byte[] bytes;
    private final int length;
    private final InputStream rest;

    private InputSample(byte[] bytes, int length, InputStream rest) {
        this.bytes = bytes;
        this.length = length;
        this.rest = rest;
    }

    static InputSample read(InputStream in, int maxBytes) throws IOException {
        byte[] bytes = new byte[maxBytes];
        int length = in.readNBytes(bytes, 0, maxBytes);
        return new InputSample(bytes, length, in);
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** False when the sample may end in the middle of a row because the stream goes on. */
    boolean wholeFile() {
        return length < bytes.length;
    }

    /** The whole stream from byte {@code skip} on: the sample's bytes, then the unread rest. */
    InputStream replayFrom(int skip) {
        return new SequenceInputStream(new ByteArrayInputStream(bytes, skip, length - skip), rest);
    }
}
