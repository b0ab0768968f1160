package org.assay.platform.web;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import org.assay.platform.boundary.Problem;
import org.assay.platform.control.Jsons;

/**
 * The reference's error body ({@code ActionableErrorResponse}, RFC 9457 style): {@code type}, {@code title},
 * {@code status}, {@code instance} (the request id), {@code origin} (the path called), {@code problems[]},
 * {@code problemCount}, {@code entityType}, {@code entityId}. Absent values are left out, never null.
 */
public final class ProblemBody {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:assay:problem:";

    private ProblemBody() {
    }

    public static JsonObject of(String slug, String title, int status, String requestId, String origin,
            List<Problem> problems, String entityType, String entityId) {
        JsonObjectBuilder body = Jsons.PROVIDER.createObjectBuilder()
                .add("type", TYPE_PREFIX + slug)
                .add("title", title)
                .add("status", status);
        addIfPresent(body, "instance", requestId);
        addIfPresent(body, "origin", origin);
        addIfPresent(body, "entityType", entityType);
        addIfPresent(body, "entityId", entityId);
        JsonArrayBuilder list = Jsons.PROVIDER.createArrayBuilder();
        problems.forEach(problem -> list.add(problem(problem)));
        return body.add("problemCount", problems.size()).add("problems", list).build();
    }

    private static JsonObject problem(Problem problem) {
        JsonObjectBuilder json = Jsons.PROVIDER.createObjectBuilder();
        addIfPresent(json, "problemType", problem.problemType() == null ? null : problem.problemType().name());
        addIfPresent(json, "severity", problem.severity());
        addIfPresent(json, "identifier", problem.identifier());
        addIfPresent(json, "reason", problem.reason());
        addIfPresent(json, "entityType", problem.entityType());
        addIfPresent(json, "entityId", problem.entityId());
        if (problem.values() != null) {
            json.add("values", Jsons.PROVIDER.createArrayBuilder(problem.values()));
        }
        if (problem.suggestedValues() != null) {
            json.add("suggestedValues", Jsons.PROVIDER.createArrayBuilder(problem.suggestedValues()));
        }
        return json.add("problemCount", 1).build();
    }

    private static void addIfPresent(JsonObjectBuilder json, String name, String value) {
        if (value != null) {
            json.add(name, value);
        }
    }
}
