package org.assay.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcatenatedInputStreamTest {

    private final List<String> opened = new ArrayList<>();
    private final List<String> closed = new ArrayList<>();

    private InputStream open(String id) {
        opened.add(id);
        return new ByteArrayInputStream(id.getBytes(StandardCharsets.US_ASCII)) {
            @Override
            public void close() {
                closed.add(id);
            }
        };
    }

    @Test
    void opensEachPartOnlyWhenThePreviousOneIsUsedUp() throws IOException {
        try (InputStream joined = new ConcatenatedInputStream(List.of("abc", "de", "f"), this::open)) {
            byte[] buffer = new byte[10];
            assertEquals(3, joined.read(buffer, 0, 10), "a read never spans two parts");
            assertEquals(List.of("abc"), opened);
            assertEquals('d', joined.read());
            assertEquals(List.of("abc", "de"), opened);
            assertEquals(List.of("abc"), closed);
            assertEquals("ef", new String(joined.readAllBytes(), StandardCharsets.US_ASCII));
            assertEquals(-1, joined.read());
        }
        assertEquals(List.of("abc", "de", "f"), closed);
    }

    @Test
    void closeClosesThePartBeingRead() throws IOException {
        InputStream joined = new ConcatenatedInputStream(List.of("abc", "de"), this::open);
        joined.read();
        joined.close();
        assertEquals(List.of("abc"), closed);
        assertEquals(List.of("abc"), opened, "later parts are never opened");
    }

    @Test
    void skipsEmptyParts() throws IOException {
        try (InputStream joined = new ConcatenatedInputStream(List.of("", "ab", "", "", "c", ""), this::open)) {
            assertEquals("abc", new String(joined.readAllBytes(), StandardCharsets.US_ASCII));
        }
    }

    @Test
    void aZeroLengthReadOpensNothing() throws IOException {
        try (InputStream joined = new ConcatenatedInputStream(List.of("abc"), this::open)) {
            assertEquals(0, joined.read(new byte[4], 0, 0));
            assertEquals(List.of(), opened);
        }
    }
}
