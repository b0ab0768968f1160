package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assay.testkit.ledger.GeneralLedgerGenerator;
import org.assay.testkit.ledger.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partner flow of issue 5 over HTTP with an API token: organization → engagement → analysis → upload a
 * generated 50,000-line ledger (in one request, and chunked) → analysis source → poll → ready.
 */
class IngestionIT extends AgainstTheEar {

    static final int LINES = 50_000;

    @TempDir
    static Path directory;

    static Path ledger;

    @BeforeAll
    static void generate() throws IOException {
        ledger = directory.resolve("GENERAL_LEDGER_JOURNAL.csv");
        GeneralLedgerGenerator.write(Settings.defaults(LINES), ledger, directory.resolve("labels.csv"));
    }

    @Test
    void partnerFlowUploadsIngestsAndGetsReady() throws IOException {
        PartnerFlow partner = new PartnerFlow();
        String organizationId = partner.organization();
        String name = Api.unique("Audit 2025");
        JsonObject engagement = partner.engagement(organizationId, name);
        String engagementId = engagement.getString("id");
        assertEquals(FOR_PROFIT, engagement.getString("libraryId"));
        Api.Reply duplicate = Api.post("/api/v1/engagements", partner.token, "{\"organizationId\":\""
                + organizationId + "\",\"name\":\"" + name.toUpperCase() + "\",\"libraryId\":\"" + FOR_PROFIT + "\"}");
        assertEquals(409, duplicate.status(), duplicate.raw().body());

        for (String child : List.of("file-manager", "analyses", "engagement-account-groupings")) {
            Api.Reply page = Api.post("/api/v1/" + child + "/query?page=0", partner.token,
                    "{\"engagementId\":{\"$eq\":\"" + engagementId + "\"}}");
            assertEquals(200, page.status(), child + ": " + page.raw().body());
            assertTrue(page.body().getJsonArray("content").isEmpty(), child);
        }

        JsonObject analysis = partner.analysis(engagementId);
        String analysisId = analysis.getString("id");
        assertTrue(analysis.getJsonArray("analysisPeriods").getJsonObject(0).getString("id").matches("[0-9a-f]{24}"));
        for (String child : List.of("analysis-results", "analysis-sources", "data-tables", "tasks")) {
            Api.Reply page = Api.post("/api/v1/" + child + "/query?page=0", partner.token,
                    "{\"analysisId\":{\"$eq\":\"" + analysisId + "\"}}");
            assertEquals(200, page.status(), child + ": " + page.raw().body());
            assertTrue(page.body().getJsonArray("content").isEmpty(), child);
        }
        JsonObject before = Api.get("/api/v1/analyses/" + analysisId + "/status", partner.token).body();
        assertFalse(before.getBoolean("ready"));
        assertTrue(strings(before, "preflightErrors").contains("REQUIRED_FILES_MISSING"), before.toString());

        JsonObject file = PartnerFlow.created(partner.importFile(engagementId, "GENERAL_LEDGER_JOURNAL", "csv", ledger), 201);
        assertEquals("GENERAL_LEDGER_JOURNAL", file.getString("name"));
        assertEquals("csv", file.getString("extension"));
        assertEquals("FILE", file.getString("type"));
        assertEquals(PartnerFlow.digest(ledger), partner.downloadDigest(file.getString("id")),
                "the downloaded file equals the uploaded one byte for byte");

        JsonObject job = partner.addSource(engagement, analysis, file.getString("id"), true);
        JsonObject done = partner.awaitJob(job.getString("id"), Duration.ofMinutes(3));
        assertEquals("COMPLETE", done.getString("status"), done.toString());

        JsonObject source = Api.get("/api/v1/analysis-sources/" + job.getString("entityId"), partner.token).body();
        assertEquals("COMPLETED", source.getString("workflowState"), source.toString());
        assertTrue(source.getJsonArray("errors").isEmpty(), source.toString());
        assertTrue(source.getJsonArray("columnMappings").stream().map(JsonValue::asJsonObject)
                .anyMatch(m -> "effective_date".equals(m.getString("mindbridgeField", null))), source.toString());

        Api.Reply found = Api.post("/api/v1/async-results/query", partner.token, "{\"$and\":[{\"entityId\":{\"$eq\":\""
                + source.getString("id") + "\"}},{\"type\":{\"$eq\":\"ANALYSIS_SOURCE_INGESTION\"}},"
                + "{\"entityType\":{\"$eq\":\"ANALYSIS_SOURCE\"}}]}");
        assertEquals(1, found.body().getJsonArray("content").size(), found.raw().body());

        JsonObject status = Api.get("/api/v1/analyses/" + analysisId + "/status", partner.token).body();
        assertTrue(status.getBoolean("ready"), status.toString());
        assertEquals("COMPLETED", status.getJsonArray("sourceStatuses").getJsonObject(0).getString("status"));

        accountMappingsFollowTheLedger(partner, engagementId, analysisId);
    }

    /** Ingestion records the ledger's accounts as unmapped mappings; mapping, verifying and clean-up work. */
    private static void accountMappingsFollowTheLedger(PartnerFlow partner, String engagementId, String analysisId) {
        String byEngagement = "{\"engagementId\":{\"$eq\":\"" + engagementId + "\"}}";
        Api.Reply page = Api.post("/api/v1/account-mappings/query?size=100", partner.token, byEngagement);
        assertEquals(200, page.status(), page.raw().body());
        long accounts = page.body().getJsonNumber("totalElements").longValue();
        assertTrue(accounts > 10, page.raw().body());
        JsonObject first = page.body().getJsonArray("content").getJsonObject(0);
        assertEquals("UNMAPPED", first.getString("status"));

        Api.Reply mapped = Api.put("/api/v1/account-mappings/" + first.getString("id"), partner.token,
                "{\"version\":" + first.getInt("version") + ",\"code\":\"1000\",\"accountTags\":[\"cash\"]}");
        assertEquals(200, mapped.status(), mapped.raw().body());
        assertEquals("MANUAL", mapped.body().getString("status"));
        String engagementBody = "{\"engagementId\":\"" + engagementId + "\"}";
        assertEquals(204, Api.post("/api/v1/account-mappings/verify", partner.token, engagementBody).status());
        assertEquals("VERIFIED", Api.get("/api/v1/account-mappings/" + first.getString("id"), partner.token).body()
                .getString("status"));
        assertEquals(204, Api.post("/api/v1/account-mappings/delete-unused", partner.token, engagementBody).status());

        JsonObject export = PartnerFlow.created(Api.post("/api/v1/account-mappings/export", partner.token,
                engagementBody), 202);
        assertEquals("ACCOUNT_MAPPING_EXPORT", export.getString("type"));
        JsonObject exported = partner.awaitJob(export.getString("id"), Duration.ofMinutes(1));
        assertEquals("COMPLETE", exported.getString("status"), exported.toString());
        var csv = Api.download("/api/v1/file-results/" + exported.getString("entityId") + "/export", partner.token);
        assertEquals(200, csv.statusCode());
        List<String> rows = List.of(new String(csv.body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
        assertEquals("account,account_description,code,account_tags,status", rows.get(0));
        assertEquals(accounts, rows.size() - 1, "one row per account");
        assertTrue(rows.stream().anyMatch(row -> row.contains(",1000,cash,VERIFIED")), rows.toString());
        assertEquals(accounts, Api.post("/api/v1/account-mappings/query", partner.token, byEngagement).body()
                .getJsonNumber("totalElements").longValue(), "every account is used by the ledger");

        JsonObject status = Api.get("/api/v1/analyses/" + analysisId + "/status", partner.token).body();
        assertEquals(1, status.getInt("mappedAccountMappingCount"));
        assertEquals(accounts - 1, status.getInt("unmappedAccountMappingCount"));
        assertTrue(status.getBoolean("ready"), "readiness does not wait for account mappings");
    }

    @Test
    void chunkedUploadIngestsTheSame() throws IOException {
        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Chunked"));
        JsonObject analysis = partner.analysis(engagement.getString("id"));
        JsonObject file = partner.importChunked(engagement.getString("id"), "GL_CHUNKED", ledger, 3);
        assertEquals("csv", file.getString("extension"), "the extension comes from the chunked file's name");
        assertEquals(PartnerFlow.digest(ledger), partner.downloadDigest(file.getString("id")));

        JsonObject job = partner.addSource(engagement, analysis, file.getString("id"), true);
        assertEquals("COMPLETE", partner.awaitJob(job.getString("id"), Duration.ofMinutes(3)).getString("status"));
        JsonObject status = Api.get("/api/v1/analyses/" + analysis.getString("id") + "/status", partner.token).body();
        assertTrue(status.getBoolean("ready"), status.toString());
    }

    static final String FOR_PROFIT = PartnerFlow.FOR_PROFIT_LIBRARY;

    static List<String> strings(JsonObject object, String field) {
        assertNotNull(object.getJsonArray(field), field);
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    static Path write(String name, String content) throws IOException {
        return Files.writeString(directory.resolve(name), content);
    }
}
