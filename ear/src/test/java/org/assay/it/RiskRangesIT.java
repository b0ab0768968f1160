package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Risk ranges over HTTP: their life, the bands they accept, the system default, and who sees what. */
class RiskRangesIT extends AgainstTheEar {

    private static final String SYSTEM_DEFAULT = "4b8362d00000000000000000";
    private static final String REVIEW_LIBRARY = "5f2c22489db6c9ff301b16cb";
    private static final String ACCOUNTS_PAYABLE = "4b8360d00000000000000003";
    private static final String ACCOUNTS_RECEIVABLE = "4b8360d00000000000000004";
    private static final String BANDS = "\"low\":{\"lowThreshold\":0,\"highThreshold\":2999},"
            + "\"medium\":{\"lowThreshold\":3000,\"highThreshold\":4999},"
            + "\"high\":{\"lowThreshold\":5000,\"highThreshold\":10000}";

    private static String range(String scope, String analysisTypeId, String bands) {
        return "{" + scope + ",\"analysisTypeId\":\"" + analysisTypeId + "\",\"name\":\"Tight\","
                + "\"description\":\"For testing\"," + bands + "}";
    }

    private static String library(String id) {
        return "\"libraryId\":\"" + id + "\"";
    }

    private static String engagement(String id) {
        return "\"engagementId\":\"" + id + "\"";
    }

    private static JsonArray content(Api.Reply reply) {
        assertEquals(200, reply.status(), () -> reply.raw().body());
        return reply.body().getJsonArray("content");
    }

    @Test
    void aLibraryRangeIsCreatedReadUpdatedQueriedAndDeleted() {
        Api.Reply created = Api.post("/api/v1/risk-ranges", Api.admin(),
                range(library(REVIEW_LIBRARY), ACCOUNTS_PAYABLE, BANDS));
        assertEquals(201, created.status(), created.raw().body());
        JsonObject range = created.body();
        String id = range.getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/risk-ranges/" + id));
        assertEquals(0, range.getInt("version"));
        assertFalse(range.getBoolean("system"));
        assertEquals(REVIEW_LIBRARY, range.getString("libraryId"));
        assertEquals(3000, range.getJsonObject("medium").getInt("lowThreshold"));
        assertFalse(range.containsKey("creationDate"), "risk ranges have no audit fields on the wire");
        assertFalse(range.containsKey("engagementId"), "null properties are omitted");
        assertEquals(range, Api.get("/api/v1/risk-ranges/" + id, Api.admin()).body());

        Api.Reply second = Api.post("/api/v1/risk-ranges", Api.admin(),
                range(library(REVIEW_LIBRARY), ACCOUNTS_PAYABLE, BANDS));
        assertEquals(409, second.status(), second.raw().body());
        assertEquals("NON_UNIQUE_VALUE", second.body().getJsonArray("problems").getJsonObject(0)
                .getString("problemType"));

        String wider = "\"name\":\"Wider\",\"low\":{\"lowThreshold\":0,\"highThreshold\":999},"
                + "\"medium\":{\"lowThreshold\":1000,\"highThreshold\":7999},"
                + "\"high\":{\"lowThreshold\":8000,\"highThreshold\":10000}";
        Api.Reply updated = Api.put("/api/v1/risk-ranges/" + id, Api.admin(), "{\"version\":0," + wider + "}");
        assertEquals(200, updated.status(), updated.raw().body());
        assertEquals(1, updated.body().getInt("version"));
        assertEquals("Wider", updated.body().getString("name"));
        assertEquals(8000, updated.body().getJsonObject("high").getInt("lowThreshold"));
        assertFalse(updated.body().containsKey("description"), "an update replaces the description too");

        Api.Reply stale = Api.put("/api/v1/risk-ranges/" + id, Api.admin(), "{\"version\":0," + wider + "}");
        assertEquals(409, stale.status(), stale.raw().body());
        assertEquals("version", stale.firstIdentifier());

        JsonArray found = content(Api.post("/api/v1/risk-ranges/query?page=0", Api.admin(),
                "{\"libraryId\":{\"$eq\":\"" + REVIEW_LIBRARY + "\"},\"analysisTypeId\":\"" + ACCOUNTS_PAYABLE + "\"}"));
        assertEquals(1, found.size());
        assertEquals(id, found.getJsonObject(0).getString("id"));
        assertTrue(content(Api.post("/api/v1/risk-ranges/query?page=1", Api.admin(), "{\"id\":\"" + id + "\"}"))
                .isEmpty(), "a page past the end is empty");

        assertEquals(204, Api.delete("/api/v1/risk-ranges/" + id, Api.admin()).status());
        assertEquals(404, Api.get("/api/v1/risk-ranges/" + id, Api.admin()).status());
    }

    @Test
    void eachBadBandIsRefusedNamingTheField() {
        Map<String, String> cases = new LinkedHashMap<>();
        cases.put("medium.lowThreshold", BANDS.replace("\"lowThreshold\":3000", "\"lowThreshold\":3100"));
        cases.put("high.lowThreshold", BANDS.replace("\"lowThreshold\":5000", "\"lowThreshold\":4000"));
        cases.put("low.lowThreshold", BANDS.replace("\"lowThreshold\":0", "\"lowThreshold\":1"));
        cases.put("high.highThreshold", BANDS.replace("\"highThreshold\":10000", "\"highThreshold\":9999"));
        cases.put("medium.highThreshold", BANDS.replace("\"highThreshold\":4999", "\"highThreshold\":2000"));
        cases.put("medium", BANDS.replace("\"medium\":{\"lowThreshold\":3000,\"highThreshold\":4999},", ""));
        for (Map.Entry<String, String> bad : cases.entrySet()) {
            Api.Reply refused = Api.post("/api/v1/risk-ranges", Api.admin(),
                    range(library(REVIEW_LIBRARY), ACCOUNTS_RECEIVABLE, bad.getValue()));
            assertEquals(400, refused.status(), refused.raw().body());
            assertEquals(bad.getKey(), refused.firstIdentifier(), refused.raw().body());
            assertFalse(refused.body().getJsonArray("problems").getJsonObject(0).getString("reason").isBlank());
        }
        Api.Reply outside = Api.post("/api/v1/risk-ranges", Api.admin(), range(library(REVIEW_LIBRARY),
                ACCOUNTS_RECEIVABLE, BANDS.replace("\"highThreshold\":10000", "\"highThreshold\":10001")));
        assertEquals("high.highThreshold", outside.firstIdentifier());
        assertEquals("LESS_VALUE_REQUIRED", outside.body().getJsonArray("problems").getJsonObject(0)
                .getString("problemType"));

        assertEquals("libraryId", Api.post("/api/v1/risk-ranges", Api.admin(), "{\"analysisTypeId\":\""
                + ACCOUNTS_RECEIVABLE + "\",\"name\":\"X\"," + BANDS + "}").firstIdentifier());
        assertEquals("libraryId", Api.post("/api/v1/risk-ranges", Api.admin(),
                range(library("0123456789abcdef01234567"), ACCOUNTS_RECEIVABLE, BANDS)).firstIdentifier());
        assertEquals("analysisTypeId", Api.post("/api/v1/risk-ranges", Api.admin(),
                range(library(REVIEW_LIBRARY), "0123456789abcdef01234567", BANDS)).firstIdentifier());
        assertEquals("name", Api.post("/api/v1/risk-ranges", Api.admin(), range(library(REVIEW_LIBRARY),
                ACCOUNTS_RECEIVABLE, BANDS).replace("Tight", "n".repeat(81))).firstIdentifier());
        assertEquals("color", Api.post("/api/v1/risk-ranges", Api.admin(), range(library(REVIEW_LIBRARY),
                ACCOUNTS_RECEIVABLE, BANDS + ",\"color\":\"red\"")).firstIdentifier());
        assertTrue(content(Api.post("/api/v1/risk-ranges/query", Api.admin(), "{\"libraryId\":\"" + REVIEW_LIBRARY
                + "\",\"analysisTypeId\":\"" + ACCOUNTS_RECEIVABLE + "\"}")).isEmpty(), "nothing was stored");
    }

    @Test
    void theSystemDefaultIsSeededAndCannotBeChangedOrDeleted() {
        Api.Reply read = Api.get("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, Api.admin());
        assertEquals(200, read.status(), read.raw().body());
        JsonObject seeded = read.body();
        assertTrue(seeded.getBoolean("system"));
        assertEquals("Default", seeded.getString("name"));
        assertEquals(PartnerFlow.GENERAL_LEDGER, seeded.getString("analysisTypeId"));
        assertEquals(2999, seeded.getJsonObject("low").getInt("highThreshold"));
        assertEquals(5000, seeded.getJsonObject("high").getInt("lowThreshold"));
        assertNull(seeded.get("libraryId"));
        JsonArray systems = content(Api.post("/api/v1/risk-ranges/query", Api.admin(), "{\"system\":true}"));
        assertEquals(1, systems.size());
        assertEquals(SYSTEM_DEFAULT, systems.getJsonObject(0).getString("id"));

        Api.Reply changed = Api.put("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, Api.admin(),
                "{\"version\":" + seeded.getInt("version") + ",\"name\":\"Mine\"," + BANDS + "}");
        assertEquals(409, changed.status(), changed.raw().body());
        assertEquals("system", changed.firstIdentifier());
        assertTrue(changed.body().getJsonArray("problems").getJsonObject(0).getString("reason").contains("Default"));
        Api.Reply deleted = Api.delete("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, Api.admin());
        assertEquals(409, deleted.status(), deleted.raw().body());
        assertEquals("CANNOT_DELETE", deleted.body().getJsonArray("problems").getJsonObject(0)
                .getString("problemType"));
        assertEquals(seeded, Api.get("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, Api.admin()).body());
    }

    @Test
    void callersWithoutThePermissionAreRefused() {
        String[] auditor = Api.userWithRole("ROLE_USER");
        assertEquals(200, Api.get("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, auditor[1]).status(), "auditors read");
        assertEquals(403, Api.post("/api/v1/risk-ranges", auditor[1],
                range(library(REVIEW_LIBRARY), ACCOUNTS_PAYABLE, BANDS)).status(), "but do not write");
        assertEquals(403, Api.delete("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, auditor[1]).status());
        PartnerFlow partner = new PartnerFlow(); // its token holds no risk-ranges permission
        assertEquals(403, Api.get("/api/v1/risk-ranges/" + SYSTEM_DEFAULT, partner.token).status());
        assertEquals(403, Api.post("/api/v1/risk-ranges/query", partner.token, "{}").status());
    }

    @Test
    void anEngagementRangeIsSeenOnlyByThoseWhoSeeTheEngagement() {
        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Ranged"));
        String engagementId = engagement.getString("id");
        String[] outsider = Api.userWithRole("ROLE_ORGANIZATION_ADMIN");
        assertEquals(404, Api.post("/api/v1/risk-ranges", outsider[1],
                range(engagement(engagementId), PartnerFlow.GENERAL_LEDGER, BANDS)).status(),
                "nobody scopes a range to an engagement they cannot see");
        assertEquals(404, Api.post("/api/v1/risk-ranges", Api.admin(),
                range(engagement("0123456789abcdef01234567"), PartnerFlow.GENERAL_LEDGER, BANDS)).status());
        assertEquals("engagementId", Api.post("/api/v1/risk-ranges", Api.admin(), range(engagement(engagementId)
                + "," + library(REVIEW_LIBRARY), PartnerFlow.GENERAL_LEDGER, BANDS)).firstIdentifier());

        Api.Reply created = Api.post("/api/v1/risk-ranges", Api.admin(),
                range(engagement(engagementId), PartnerFlow.GENERAL_LEDGER, BANDS));
        assertEquals(201, created.status(), created.raw().body());
        String id = created.body().getString("id");
        assertEquals(engagementId, created.body().getString("engagementId"));
        assertEquals(409, Api.post("/api/v1/risk-ranges", Api.admin(),
                range(engagement(engagementId), PartnerFlow.GENERAL_LEDGER, BANDS)).status(), "one per type");

        String byEngagement = "{\"engagementId\":{\"$eq\":\"" + engagementId + "\"}}";
        assertEquals(404, Api.get("/api/v1/risk-ranges/" + id, outsider[1]).status());
        assertEquals(404, Api.delete("/api/v1/risk-ranges/" + id, outsider[1]).status());
        assertTrue(content(Api.post("/api/v1/risk-ranges/query", outsider[1], byEngagement)).isEmpty());
        assertEquals(1, content(Api.post("/api/v1/risk-ranges/query", outsider[1], "{\"system\":true}")).size(),
                "library and system ranges stay visible");

        Api.Reply joined = Api.put("/api/v1/engagements/" + engagementId, partner.token, "{\"version\":0,\"name\":\""
                + engagement.getString("name") + "\",\"auditorIds\":[\"" + outsider[0] + "\"]}");
        assertEquals(200, joined.status(), joined.raw().body());
        assertEquals(200, Api.get("/api/v1/risk-ranges/" + id, outsider[1]).status());
        assertEquals(1, content(Api.post("/api/v1/risk-ranges/query", outsider[1], byEngagement)).size());

        assertEquals(204, Api.delete("/api/v1/engagements/" + engagementId, partner.token).status());
        assertEquals(404, Api.get("/api/v1/risk-ranges/" + id, Api.admin()).status(), "gone with its engagement");
    }
}
