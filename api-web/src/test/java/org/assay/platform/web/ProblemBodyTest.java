package org.assay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.List;
import java.util.Set;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.junit.jupiter.api.Test;

class ProblemBodyTest {

    private static final Problem NAME_BLANK = Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "must not be blank");
    private static final Problem ROLE_WRONG = Problem.error(ProblemType.INCORRECT_DATA_TYPE, "role", "unknown role")
            .withValues(List.of("ROLE_BOSS")).withSuggestedValues(List.of("ROLE_ADMIN", "ROLE_USER"))
            .about("USER", "65a1b2c3d4e5f60718293a4b");

    /** Fails if any value anywhere in the tree is JSON null. */
    private static void assertNoNulls(JsonValue value, String path) {
        assertNotEquals(JsonValue.ValueType.NULL, value.getValueType(), "null at " + path);
        if (value instanceof JsonObject object) {
            object.forEach((k, v) -> assertNoNulls(v, path + "." + k));
        } else if (value instanceof JsonArray array) {
            for (int i = 0; i < array.size(); i++) {
                assertNoNulls(array.get(i), path + "[" + i + "]");
            }
        }
    }

    @Test
    void mediaTypeIsProblemJson() {
        assertEquals("application/problem+json", ProblemBody.MEDIA_TYPE);
    }

    @Test
    void fullBodyCarriesEveryField() {
        JsonObject body = ProblemBody.of("validation", "Invalid request", 400, "req-42", "/api/v1/users",
                List.of(NAME_BLANK, ROLE_WRONG), "USER", "65a1b2c3d4e5f60718293a4b");
        assertEquals("urn:assay:problem:validation", body.getString("type"));
        assertEquals("Invalid request", body.getString("title"));
        assertEquals(400, body.getInt("status"));
        assertEquals("req-42", body.getString("instance"));
        assertEquals("/api/v1/users", body.getString("origin"));
        assertEquals("USER", body.getString("entityType"));
        assertEquals("65a1b2c3d4e5f60718293a4b", body.getString("entityId"));
        assertEquals(2, body.getInt("problemCount"));
        assertEquals(2, body.getJsonArray("problems").size());
        assertNoNulls(body, "$");
    }

    @Test
    void problemsKeepTheirOrderAndFields() {
        JsonObject body = ProblemBody.of("validation", "Invalid request", 400, "r", "/o",
                List.of(NAME_BLANK, ROLE_WRONG), null, null);
        JsonObject first = body.getJsonArray("problems").getJsonObject(0);
        assertEquals("ILLEGAL_ARGUMENT", first.getString("problemType"));
        assertEquals("ERROR", first.getString("severity"));
        assertEquals("name", first.getString("identifier"));
        assertEquals("must not be blank", first.getString("reason"));
        assertFalse(first.containsKey("values"));
        assertFalse(first.containsKey("suggestedValues"));
        assertFalse(first.containsKey("entityType"));
        assertFalse(first.containsKey("entityId"));

        JsonObject second = body.getJsonArray("problems").getJsonObject(1);
        assertEquals("INCORRECT_DATA_TYPE", second.getString("problemType"));
        assertEquals("role", second.getString("identifier"));
        assertEquals(List.of("ROLE_BOSS"), second.getJsonArray("values").getValuesAs(JsonString::getString));
        assertEquals(List.of("ROLE_ADMIN", "ROLE_USER"),
                second.getJsonArray("suggestedValues").getValuesAs(JsonString::getString));
        assertEquals("USER", second.getString("entityType"));
        assertEquals("65a1b2c3d4e5f60718293a4b", second.getString("entityId"));
        // the code gives every problem its own problemCount of 1 (the reference's Problem shape)
        assertEquals(1, second.getInt("problemCount"));
    }

    @Test
    void absentValuesAreLeftOutNeverNull() {
        Problem bare = new Problem(null, null, null, null, null, null, null, null);
        JsonObject body = ProblemBody.of("internal", "Internal Server Error", 500, null, null, List.of(bare), null, null);
        assertEquals(Set.of("type", "title", "status", "problemCount", "problems"), body.keySet());
        assertEquals(Set.of("problemCount"), body.getJsonArray("problems").getJsonObject(0).keySet());
        assertNoNulls(body, "$");
    }

    @Test
    void problemWithoutIdentifierHasNoIdentifierKey() {
        Problem denied = Problem.error(ProblemType.INSUFFICIENT_PERMISSION, null, "no");
        JsonObject problem = ProblemBody.of("forbidden", "Forbidden", 403, "r", "/o", List.of(denied), null, null)
                .getJsonArray("problems").getJsonObject(0);
        assertFalse(problem.containsKey("identifier"));
        assertEquals("INSUFFICIENT_PERMISSION", problem.getString("problemType"));
    }

    @Test
    void noProblemsGiveAnEmptyListAndZeroCount() {
        JsonObject body = ProblemBody.of("not-found", "Not Found", 404, "r", "/api/v1/users/x", List.of(), "USER", "x");
        assertEquals(0, body.getInt("problemCount"));
        assertTrue(body.getJsonArray("problems").isEmpty());
    }

    @Test
    void problemCountFollowsTheNumberOfProblems() {
        for (int n = 0; n < 5; n++) {
            JsonObject body = ProblemBody.of("validation", "Invalid request", 400, "r", "/o",
                    java.util.Collections.nCopies(n, NAME_BLANK), null, null);
            assertEquals(n, body.getInt("problemCount"));
            assertEquals(n, body.getJsonArray("problems").size());
        }
    }

    @Test
    void bodyMatchesTheClassifiedFailure() {
        ProblemClassifier.Classified c = ProblemClassifier.classify(new NullPointerException("secret"));
        JsonObject body = ProblemBody.of(c.slug(), c.title(), c.status(), "req-1", "/api/v1/x", c.problems(),
                c.entityType(), c.entityId());
        assertEquals("urn:assay:problem:internal", body.getString("type"));
        assertEquals(500, body.getInt("status"));
        assertFalse(body.toString().contains("secret"), body.toString());
        assertFalse(body.containsKey("entityType"));
    }
}
