package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The seeded, read-only catalogue: /libraries, /analysis-types and /analysis-source-types (wire-conventions §11). */
class CatalogueIT extends AgainstTheEar {

    private static final String FOR_PROFIT = "5cc9076887f13cb8a7a1926b";
    private static final String GL = "4b8360d00000000000000000";
    private static final String AP = "4b8360d00000000000000003";
    private static final String AR = "4b8360d00000000000000004";
    private static final String GL_JOURNAL = "4b8361d00000000000000000";
    private static final String UNKNOWN = "0123456789abcdef01234567";

    private static JsonArray content(Api.Reply reply) {
        assertEquals(200, reply.status(), reply.raw().body());
        return reply.body().getJsonArray("content");
    }

    private static Set<String> ids(JsonArray content) {
        return content.stream().map(value -> value.asJsonObject().getString("id")).collect(Collectors.toSet());
    }

    private static String idList(String... ids) {
        return "{\"id\":{\"$in\":[" + List.of(ids).stream().map(id -> "\"" + id + "\"").collect(Collectors.joining(","))
                + "]}}";
    }

    @Test
    void theForProfitLibraryIsFoundAsPartnerScriptsLookForIt() {
        JsonArray system = content(post("/api/v1/libraries/query?page=0", admin(), "{\"system\":{\"$eq\":true}}"));
        JsonObject forProfit = system.stream().map(JsonObject.class::cast)
                .filter(library -> library.getString("name").equals("MindBridge for-profit")).findFirst().orElseThrow();
        assertEquals(FOR_PROFIT, forProfit.getString("id"));
        assertTrue(forProfit.getBoolean("system"));
        assertEquals(4, system.size());
        assertEquals(0, content(post("/api/v1/libraries/query?page=1", admin(), "{\"system\":{\"$eq\":true}}")).size(),
                "the page after the last is empty");
    }

    @Test
    void aLibraryIsReadById() {
        Api.Reply reply = get("/api/v1/libraries/" + FOR_PROFIT, admin());
        assertEquals(200, reply.status(), reply.raw().body());
        JsonObject library = reply.body();
        assertEquals("MindBridge for-profit", library.getString("name"));
        assertEquals(List.of(GL, AP, AR), library.getJsonArray("analysisTypeIds").getValuesAs(JsonString::getString));
        assertTrue(List.of("PERCENTAGE", "HIGH_MEDIUM_LOW").contains(library.getString("riskScoreDisplay")));
        assertTrue(library.containsKey("version"));
        assertEquals("Assay", library.getJsonObject("createdUserInfo").getString("userName"), "seeded by the system");
        OffsetDateTime.parse(library.getString("creationDate")); // carries an offset
    }

    @Test
    void analysisTypesAreReadByIdAndQueriedByIdList() {
        Api.Reply gl = get("/api/v1/analysis-types/" + GL, admin());
        assertEquals(200, gl.status(), gl.raw().body());
        JsonObject journal = gl.body().getJsonArray("sourceConfigurations").getJsonObject(0);
        assertEquals(GL_JOURNAL, journal.getString("sourceTypeId"));
        assertEquals("CURRENT_PERIOD", journal.getString("sourceScope"));
        assertTrue(journal.getBoolean("required"));

        // What the client does after reading a library: query its analysis types by id.
        assertEquals(Set.of(GL, AP, AR), ids(content(post("/api/v1/analysis-types/query?page=0", admin(),
                idList(GL, AP, AR)))));
    }

    @Test
    void sourceTypesAreReadByIdAndQueriedByIdList() {
        Api.Reply journal = get("/api/v1/analysis-source-types/" + GL_JOURNAL, admin());
        assertEquals(200, journal.status(), journal.raw().body());
        Set<String> fields = journal.body().getJsonArray("columnDefinitions").stream()
                .map(value -> value.asJsonObject().getString("mindbridgeFieldName")).collect(Collectors.toSet());
        assertTrue(fields.containsAll(Set.of("transaction_id", "effective_date", "account_id", "debit", "credit",
                "amount")), fields.toString());
        assertTrue(journal.body().getJsonArray("features").size() > 0);

        // What the client does after reading an analysis type: query the source types its configurations name.
        List<String> sourceTypeIds = get("/api/v1/analysis-types/" + GL, admin()).body()
                .getJsonArray("sourceConfigurations").stream()
                .map(value -> value.asJsonObject().getString("sourceTypeId")).distinct().toList();
        assertEquals(Set.copyOf(sourceTypeIds), ids(content(post("/api/v1/analysis-source-types/query?page=0", admin(),
                idList(sourceTypeIds.toArray(String[]::new))))));
    }

    @Test
    void anUnknownIdIs404() {
        assertEquals(404, get("/api/v1/libraries/" + UNKNOWN, admin()).status());
        assertEquals(404, get("/api/v1/analysis-types/" + UNKNOWN, admin()).status());
        assertEquals(404, get("/api/v1/analysis-source-types/" + UNKNOWN, admin()).status());
        assertEquals(404, get("/api/v1/libraries/not-an-id", admin()).status());
    }

    @Test
    void withoutACredentialIs401() {
        assertEquals(401, get("/api/v1/libraries/" + FOR_PROFIT, null).status());
        assertEquals(401, post("/api/v1/analysis-types/query", null, "{}").status());
        assertEquals(401, get("/api/v1/analysis-source-types/" + GL_JOURNAL, null).status());
    }

    @Test
    void anAuditorMayReadTheCatalogue() {
        String[] auditor = Api.userWithRole("ROLE_USER");
        assertEquals(200, get("/api/v1/libraries/" + FOR_PROFIT, auditor[1]).status());
        assertEquals(200, post("/api/v1/analysis-types/query", auditor[1], "{}").status());
        assertEquals(200, post("/api/v1/analysis-source-types/query", auditor[1], "{}").status());
    }
}
