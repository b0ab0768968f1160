package org.assay.platform.web;

import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.assay.platform.boundary.ContentTooLargeException;
import org.assay.platform.boundary.InvalidInputException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A {@code multipart/form-data} request body read part by part while it arrives: each part's body is a stream that
 * ends at the next boundary, so an upload flows from the connection into the file vault in one pass and is never
 * held whole, in memory or in a temporary file.
 * <p>
 * Why not what the platform offers: RESTEasy's {@code EntityPart} ({@code @FormParam}, RESTEasy 6.2.8+) parses the
 * whole body into parts that spill to temporary files above 1 KiB <em>and</em> copies the entire body into a second
 * buffer (memory, then a temporary file capped by {@code dev.resteasy.entity.file.threshold}, 50 MB by default —
 * below the client's 50 MiB parts plus framing); the Servlet {@code getParts()} spools every part to disk before
 * the application sees the first byte, and keeps parts without a file name (ours are JSON) as strings. Both write
 * each upload twice and see the parts only after the last byte arrived.
 * <p>
 * Parts are consumed in order; {@link #json} and {@link #file} insist on the order the official client sends.
 * Malformed framing is a 400 naming {@code body}, a missing or misplaced part a 400 naming the part.
 */
public final class MultipartForm implements AutoCloseable {

    /** One part: its form name, its file name (null without one) and its body, valid until the next part is read. */
    public record Part(String name, String fileName, String contentType, InputStream body) {
    }

    static final int MAX_HEADER_LINE = 8192;
    static final int MAX_HEADER_LINES = 32;
    private static final int BUFFER_BYTES = 1 << 16;
    private static final long DEFAULT_MAX_REQUEST = 62_914_560;

    private final InputStream in;
    private final byte[] delimiter;
    private final long jsonLimit;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    private boolean eof;
    private PartBody current;
    private boolean finished;

    MultipartForm(InputStream in, String boundary, long jsonLimit) {
        this.in = in;
        this.jsonLimit = jsonLimit;
        this.delimiter = ("\r\n--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
        // the first boundary has no line break before it: pretend it had, so that one delimiter fits all
        buffer[0] = '\r';
        buffer[1] = '\n';
        limit = 2;
    }

    /** The form in a request body of type {@code type}; a 400 naming {@code Content-Type} if it has no boundary. */
    public static MultipartForm of(MediaType type, InputStream body) {
        String boundary = type == null ? null : type.getParameters().get("boundary");
        if (boundary == null || boundary.isEmpty() || boundary.length() > 200) {
            throw InvalidInputException.of("Content-Type", "send multipart/form-data with a boundary parameter");
        }
        return new MultipartForm(body, boundary, StrictJsonReader.maxBodyBytes());
    }

    /**
     * Reads the next part, which must be the JSON part {@code name}, into a request record; bounded like a JSON
     * body ({@code assay.http.max-json-body}), while file parts are bounded only by what the façade accepts.
     */
    public <T> T json(String name, Class<T> type) throws IOException {
        return StrictJsonReader.readPart(expect(name).body(), type, name, jsonLimit);
    }

    /** The next part, which must be {@code name}; read its body before asking for anything else. */
    public Part file(String name) throws IOException {
        return expect(name);
    }

    private Part expect(String name) throws IOException {
        Part part = next();
        if (part == null) {
            throw InvalidInputException.of(name, "the multipart body lacks the part " + name);
        }
        if (!name.equals(part.name())) {
            throw InvalidInputException.of(name, "expected the part " + name + " here, found the part '" + part.name()
                    + "'");
        }
        return part;
    }

    /** The next part, or null after the last one. The previous part's unread body is skipped. */
    public Part next() throws IOException {
        if (finished) {
            return null;
        }
        PartBody skipped = current != null ? current : new PartBody("preamble");
        skipped.transferTo(OutputStream.nullOutputStream());
        current = null;
        if (!ensure(2)) {
            throw malformed("the body ends after a boundary");
        }
        if (buffer[pos] == '-' && buffer[pos + 1] == '-') {
            finished = true; // the closing boundary; an epilogue is ignored
            return null;
        }
        if (!readLine().isBlank()) {
            throw malformed("a boundary must end its line");
        }
        Map<String, String> headers = readHeaders();
        Map<String, String> disposition = parameters(headers.getOrDefault("content-disposition", ""));
        String name = disposition.get("name");
        if (name == null) {
            throw malformed("every part needs Content-Disposition: form-data; name=\"…\"");
        }
        String fileName = disposition.containsKey("filename*") ? extended(disposition.get("filename*"))
                : disposition.get("filename");
        current = new PartBody(name);
        return new Part(name, fileName, headers.get("content-type"), current);
    }

    @Override
    public void close() {
        // the request stream belongs to the container, which ends the exchange
    }

    private Map<String, String> readHeaders() throws IOException {
        Map<String, String> headers = new LinkedHashMap<>();
        String last = null;
        for (int lines = 0; ; lines++) {
            if (lines > MAX_HEADER_LINES) {
                throw malformed("a part has more than " + MAX_HEADER_LINES + " header lines");
            }
            String line = readLine();
            if (line.isEmpty()) {
                return headers;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && last != null) {
                headers.merge(last, " " + line.trim(), String::concat); // folded continuation line
                continue;
            }
            int colon = line.indexOf(':');
            if (colon <= 0) {
                throw malformed("a part header is not 'Name: value'");
            }
            last = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            headers.put(last, line.substring(colon + 1).trim());
        }
    }

    /** One line without its CRLF, decoded as UTF-8 (what clients send in file names). */
    private String readLine() throws IOException {
        while (true) {
            for (int i = pos; i + 1 < limit; i++) {
                if (buffer[i] == '\r' && buffer[i + 1] == '\n') {
                    String line = new String(buffer, pos, i - pos, StandardCharsets.UTF_8);
                    pos = i + 2;
                    return line;
                }
            }
            if (limit - pos > MAX_HEADER_LINE) {
                throw malformed("a part header line is longer than " + MAX_HEADER_LINE + " bytes");
            }
            if (!ensure(limit - pos + 1)) {
                throw malformed("the body ends inside the headers of a part");
            }
        }
    }

    /** Makes at least {@code n} unread bytes available, unless the body ends first; answers whether it did. */
    private boolean ensure(int n) {
        if (n > buffer.length) {
            throw new IllegalArgumentException("cannot look " + n + " bytes ahead");
        }
        while (limit - pos < n && !eof) {
            if (pos > 0) {
                System.arraycopy(buffer, pos, buffer, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            int read = readSource(buffer, limit, buffer.length - limit);
            if (read < 0) {
                eof = true;
            } else {
                limit += read;
            }
        }
        return limit - pos >= n;
    }

    /**
     * Reads the request. The server's own cap on request bodies ({@code assay.http.max-request-size}) surfaces
     * here as an IOException; it becomes the 413 it is. Any other failure to read means the client went away or
     * sent a broken body: the caller's problem, not a server error.
     */
    private int readSource(byte[] into, int offset, int length) {
        try {
            return in.read(into, offset, length);
        } catch (IOException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t.getClass().getSimpleName().equals("RequestTooBigException")) {
                    throw new ContentTooLargeException("body", ConfigProvider.getConfig()
                            .getOptionalValue("assay.http.max-request-size", Long.class).orElse(DEFAULT_MAX_REQUEST));
                }
            }
            throw InvalidInputException.of("body", "the request body could not be read to its end");
        }
    }

    private int indexOfDelimiter() {
        int last = limit - delimiter.length;
        outer:
        for (int i = pos; i <= last; i++) {
            if (buffer[i] != '\r') {
                continue;
            }
            for (int j = 1; j < delimiter.length; j++) {
                if (buffer[i + j] != delimiter[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }

    private static InvalidInputException malformed(String reason) {
        return InvalidInputException.of("body", "malformed multipart/form-data: " + reason);
    }

    /** The parameters of a header value like {@code form-data; name="file"; filename="gl.csv"}, names lowercased. */
    static Map<String, String> parameters(String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        int i = value.indexOf(';');
        while (i >= 0 && i < value.length()) {
            int equals = value.indexOf('=', i + 1);
            if (equals < 0) {
                break;
            }
            String key = value.substring(i + 1, equals).trim().toLowerCase(Locale.ROOT);
            StringBuilder text = new StringBuilder();
            int j = equals + 1;
            while (j < value.length() && value.charAt(j) == ' ') {
                j++;
            }
            if (j < value.length() && value.charAt(j) == '"') {
                for (j++; j < value.length() && value.charAt(j) != '"'; j++) {
                    char c = value.charAt(j);
                    if (c == '\\' && j + 1 < value.length()) {
                        c = value.charAt(++j);
                    }
                    text.append(c);
                }
                j = value.indexOf(';', j);
            } else {
                int end = value.indexOf(';', j);
                text.append(value, j, end < 0 ? value.length() : end);
                j = end;
            }
            parameters.putIfAbsent(key, text.toString().trim());
            i = j;
        }
        return parameters;
    }

    /** An RFC 5987 value, {@code UTF-8''gl%202024.csv}. */
    private static String extended(String value) {
        int quote = value.indexOf("''");
        String encoded = quote < 0 ? value : value.substring(quote + 2);
        try {
            return URLDecoder.decode(encoded.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw malformed("filename* is not percent-encoded UTF-8");
        }
    }

    /** A part's body: the bytes up to the next delimiter, which it consumes at its end. */
    private final class PartBody extends InputStream {

        private final String name;
        private boolean done;

        PartBody(String name) {
            this.name = name;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] into, int offset, int length) throws IOException {
            if (done) {
                return -1;
            }
            if (length == 0) {
                return 0;
            }
            while (true) {
                int found = indexOfDelimiter();
                if (found == pos) {
                    pos += delimiter.length;
                    done = true;
                    return -1;
                }
                // without a delimiter, its first bytes may lie at the end of the buffer: keep them back
                int safe = found >= 0 ? found - pos : limit - pos - (delimiter.length - 1);
                if (safe > 0) {
                    int n = Math.min(length, safe);
                    System.arraycopy(buffer, pos, into, offset, n);
                    pos += n;
                    return n;
                }
                if (!ensure(limit - pos + 1)) {
                    throw malformed("the body ends inside the part " + name + " (no closing boundary)");
                }
            }
        }
    }
}
