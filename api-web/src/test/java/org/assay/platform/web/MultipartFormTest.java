package org.assay.platform.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.assay.platform.boundary.ContentTooLargeException;
import org.assay.platform.boundary.InvalidInputException;
import org.junit.jupiter.api.Test;

class MultipartFormTest {

    private static final String BOUNDARY = "7c0d8b8c2b4e4f5a9e1f0a2b3c4d5e6f";

    record Metadata(String engagementId, String name) {
    }

    /** The body exactly as the official client (urllib3's encode_multipart_formdata) builds it. */
    private static byte[] clientBody(String json, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"fileManagerFile\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"GL.csv\"\r\nContent-Type: text/csv\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    private static MultipartForm form(byte[] body) {
        return new MultipartForm(new TrickleInputStream(body), BOUNDARY, StrictJsonReader.DEFAULT_MAX_BODY);
    }

    @Test
    void readsTheClientsShapeByteForByte() throws IOException {
        byte[] file = new byte[300_000];
        new Random(7).nextBytes(file);
        // bytes that look like the start of a delimiter must pass through untouched
        byte[] lookalike = ("\r\n--" + BOUNDARY.substring(0, 20)).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(lookalike, 0, file, 65_530, lookalike.length);
        MultipartForm form = form(clientBody("{\"engagementId\":\"e1\",\"name\":\"GL\"}", file));
        assertEquals(new Metadata("e1", "GL"), form.json("fileManagerFile", Metadata.class));
        MultipartForm.Part part = form.file("file");
        assertEquals("GL.csv", part.fileName());
        assertEquals("text/csv", part.contentType());
        assertArrayEquals(file, part.body().readAllBytes());
        assertNull(form.next());
    }

    @Test
    void anEmptyFileIsAnEmptyStream() throws IOException {
        MultipartForm form = form(clientBody("{}", new byte[0]));
        form.json("fileManagerFile", Metadata.class);
        assertEquals(0, form.file("file").body().readAllBytes().length);
    }

    @Test
    void aMissingOrMisplacedPartIsNamed() {
        byte[] onlyFile = ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.csv\"\r\n\r\n"
                + "x\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        InvalidInputException misplaced = assertThrows(InvalidInputException.class,
                () -> form(onlyFile).json("fileManagerFile", Metadata.class));
        assertEquals("fileManagerFile", misplaced.problems().get(0).identifier());

        byte[] noParts = ("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8);
        InvalidInputException missing = assertThrows(InvalidInputException.class,
                () -> form(noParts).json("fileManagerFile", Metadata.class));
        assertEquals("fileManagerFile", missing.problems().get(0).identifier());
    }

    @Test
    void aMalformedJsonPartIsNamed() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> form(clientBody("{not json", new byte[1])).json("fileManagerFile", Metadata.class));
        assertEquals("fileManagerFile", e.problems().get(0).identifier());
        InvalidInputException unknown = assertThrows(InvalidInputException.class,
                () -> form(clientBody("{\"colour\":1}", new byte[1])).json("fileManagerFile", Metadata.class));
        assertEquals("colour", unknown.problems().get(0).identifier());
    }

    @Test
    void aHugeJsonPartIsBounded() {
        String json = "{\"name\":\"" + "x".repeat((int) StrictJsonReader.DEFAULT_MAX_BODY) + "\"}";
        ContentTooLargeException e = assertThrows(ContentTooLargeException.class,
                () -> form(clientBody(json, new byte[1])).json("fileManagerFile", Metadata.class));
        assertEquals("fileManagerFile", e.problems().get(0).identifier());
    }

    @Test
    void aTruncatedBodyIsA400() throws IOException {
        byte[] body = clientBody("{}", new byte[1000]);
        byte[] truncated = java.util.Arrays.copyOf(body, body.length - 60);
        MultipartForm form = form(truncated);
        form.json("fileManagerFile", Metadata.class);
        InputStream file = form.file("file").body();
        InvalidInputException e = assertThrows(InvalidInputException.class, file::readAllBytes);
        assertEquals("body", e.problems().get(0).identifier());
    }

    @Test
    void parsesDispositionParameters() {
        assertEquals("a \"b\".csv", MultipartForm.parameters("form-data; name=\"file\"; filename=\"a \\\"b\\\".csv\"")
                .get("filename"));
        assertEquals("file", MultipartForm.parameters("form-data;name=file").get("name"));
        assertEquals("x;y.csv", MultipartForm.parameters("form-data; filename=\"x;y.csv\"; name=\"f\"").get("filename"));
        assertEquals("f", MultipartForm.parameters("form-data; filename=\"x;y.csv\"; name=\"f\"").get("name"));
    }

    @Test
    void aPreambleIsSkippedAndTheBoundaryIsRequired() throws IOException {
        byte[] body = ("ignored preamble\r\n--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n"
                + "1\r\n--" + BOUNDARY + "--").getBytes(StandardCharsets.UTF_8);
        MultipartForm.Part part = form(body).next();
        assertEquals("a", part.name());
        assertEquals("1", new String(part.body().readAllBytes(), StandardCharsets.UTF_8));
        assertThrows(InvalidInputException.class,
                () -> MultipartForm.of(jakarta.ws.rs.core.MediaType.MULTIPART_FORM_DATA_TYPE, InputStream.nullInputStream()));
    }

    /** Hands out a few bytes per read, as a network connection does. */
    private static final class TrickleInputStream extends ByteArrayInputStream {

        TrickleInputStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public synchronized int read(byte[] b, int off, int len) {
            return super.read(b, off, Math.min(len, 1 + (pos * 31 % 4093)));
        }
    }
}
