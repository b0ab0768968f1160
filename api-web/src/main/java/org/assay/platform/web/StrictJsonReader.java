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
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.List;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.control.Jsons;

/**
 * Reads JSON request bodies into request records and filter documents, strictly: a property the model does not
 * have, a value of the wrong JSON type or an unparseable enum or date is a 400 that names the property (with its
 * path, e.g. {@code accountingPeriod.frequency}). JSON-B alone reports such mistakes only as exception text, so the
 * binding is done here with JSON-P ({@link RecordBinder}); responses are still written by JSON-B.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json", "text/json", MediaType.WILDCARD})
public class StrictJsonReader implements MessageBodyReader<Object> {

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || type == JsonObject.class;
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        boolean filterDocument = JsonObject.class.equals(type);
        JsonObject json = readObject(entity, filterDocument);
        return filterDocument ? json : RecordBinder.bind(json, type);
    }

    /** The body as a JSON object; an empty body is {} where {@code emptyAllowed} (query filters), else a 400. */
    private static JsonObject readObject(InputStream entity, boolean emptyAllowed) throws IOException {
        PushbackInputStream in = new PushbackInputStream(entity == null ? new ByteArrayInputStream(new byte[0]) : entity);
        int first = in.read();
        if (first == -1) {
            if (emptyAllowed) {
                return JsonValue.EMPTY_JSON_OBJECT;
            }
            throw invalid("body", "a JSON object body is required");
        }
        in.unread(first);
        try (JsonReader reader = Jsons.PROVIDER.createReader(in)) {
            JsonStructure structure = reader.read();
            if (!(structure instanceof JsonObject object)) {
                throw invalid("body", "the body must be a JSON object");
            }
            return object;
        } catch (JsonException e) {
            throw invalid("body", "the body is not valid JSON: " + e.getMessage());
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
