package org.assay.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.assay.platform.boundary.ContentTooLargeException;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.control.Jsons;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Reads JSON request bodies into request records and filter documents, strictly: a property the model does not
 * have, a value of the wrong JSON type or an unparseable enum or date is a 400 that names the property (with its
 * path, e.g. {@code accountingPeriod.frequency}). JSON-B alone reports such mistakes only as exception text, so the
 * binding is done here with JSON-P ({@link RecordBinder}); responses are still written by JSON-B.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
public class StrictJsonReader implements MessageBodyReader<Object> {

    /** 1 MiB: far above any request of this API, far below what could hurt the server. */
    static final long DEFAULT_MAX_BODY = 1_048_576;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || type == JsonObject.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        boolean filterDocument = JsonObject.class.equals(type);
        long limit = maxBodyBytes();
        String declared = headers.getFirst("Content-Length");
        if (declared != null && declared.matches("\\d{1,18}") && Long.parseLong(declared) > limit) {
            throw new ContentTooLargeException("body", limit);
        }
        JsonObject json = readObject(entity == null ? null : new LimitedInputStream(entity, limit, "body"),
                filterDocument, "body");
        return filterDocument ? json : RecordBinder.bind(json, type);
    }

    /**
     * Reads the JSON part {@code partName} of a multipart body into a request record, as strictly as a JSON body
     * and within {@code limit} bytes; problems with the part as a whole name the part.
     */
    static <T> T readPart(InputStream part, Class<T> type, String partName, long limit) throws IOException {
        return RecordBinder.bind(readObject(new LimitedInputStream(part, limit, partName), false, partName), type);
    }

    /**
     * The body as a JSON object; an empty body is {} where {@code emptyAllowed} (query filters), else a 400. Problems
     * are reported under {@code identifier}.
     */
    private static JsonObject readObject(InputStream entity, boolean emptyAllowed, String identifier)
            throws IOException {
        PushbackInputStream in = new PushbackInputStream(entity == null ? new ByteArrayInputStream(new byte[0]) : entity);
        int first = in.read();
        if (first == -1) {
            if (emptyAllowed) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw invalid(identifier, "a JSON object is required");
        }
        in.unread(first);
        try (JsonReader reader = Jsons.PROVIDER.createReader(in)) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw invalid(identifier, "the content must be a JSON object");
            }
            return object;
        } catch (JsonException e) {
            if (e.getCause() instanceof ContentTooLargeException tooLarge) {
                throw tooLarge;
            }
            throw invalid(identifier, "the content is not valid JSON: " + e.getMessage());
        }
    }

    static long maxBodyBytes() {
        return ConfigProvider.getConfig().getOptionalValue("assay.http.max-json-body", Long.class).orElse(DEFAULT_MAX_BODY);
    }

    /** Reads at most {@code limit} bytes; one more is a 413, so a body without Content-Length is bounded too. */
    private static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private final String identifier;
        private long count;

        LimitedInputStream(InputStream in, long limit, String identifier) {
            super(in);
            this.limit = limit;
            this.identifier = identifier;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > limit) {
                throw new ContentTooLargeException(identifier, limit);
            }
        }
    }

    static InvalidInputException invalid(String identifier, String reason) {
        return new InvalidInputException(List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, identifier, reason)));
    }

    static String describe(JsonValue value) {
        return switch (value.getValueType()) {
            case STRING -> "the string \"" + abbreviate(((JsonString) value).getString()) + "\"";
            case NUMBER -> "the number " + ((JsonNumber) value).toString();
            case TRUE, FALSE -> "a boolean";
            case ARRAY -> "an array of " + ((JsonArray) value).size();
            case OBJECT -> "an object";
            case NULL -> "null";
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
