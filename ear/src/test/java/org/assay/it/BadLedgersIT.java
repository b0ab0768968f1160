package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each bad general ledger gets a precise outcome over HTTP: the job ends {@code ERROR} with a reason a person can
 * act on, the source {@code FAILED} with the error's code, no lines kept, and the analysis not ready; or, for the
 * problems an analysis can live with, a warning. Uploads that cannot be files at all are refused at once.
 */
class BadLedgersIT extends AgainstTheEar {

    static final String HEADER = "transaction_id,entry_id,account,account_description,effective_date,debit,credit\n";
    static final String GOOD_TX = "T1,1,1000,Cash,2025-03-01,100.00,\nT1,2,4000,Sales,2025-03-01,,100.00\n";

    @TempDir
    static Path directory;

    static PartnerFlow partner;
    static JsonObject engagement;

    @BeforeAll
    static void engagement() {
        partner = new PartnerFlow();
        engagement = partner.engagement(partner.organization(), Api.unique("Bad ledgers"));
    }

    /** Uploads the content, ingests it into a fresh analysis and answers {job, source, status}. */
    private static JsonObject[] ingest(String name, byte[] content, boolean warningsIgnored) throws IOException {
        Path file = Files.write(directory.resolve(name + ".csv"), content);
        JsonObject uploaded = PartnerFlow.created(partner.importFile(engagement.getString("id"), name, "csv", file), 201);
        JsonObject analysis = partner.analysis(engagement.getString("id"));
        JsonObject job = partner.awaitJob(partner.addSource(engagement, analysis, uploaded.getString("id"),
                warningsIgnored).getString("id"), Duration.ofMinutes(2));
        JsonObject source = Api.get("/api/v1/analysis-sources/" + job.getString("entityId"), partner.token).body();
        JsonObject status = Api.get("/api/v1/analyses/" + analysis.getString("id") + "/status", partner.token).body();
        return new JsonObject[] {job, source, status};
    }

    private static void assertFails(String name, byte[] content, String code, String inReason) throws IOException {
        JsonObject[] outcome = ingest(name, content, true);
        JsonObject job = outcome[0];
        JsonObject source = outcome[1];
        assertEquals("ERROR", job.getString("status"), name + ": " + job);
        assertTrue(job.getString("error").contains(inReason), name + ": " + job.getString("error"));
        assertEquals("FAILED", source.getString("workflowState"), name);
        assertEquals(code, source.getJsonArray("errors").getJsonObject(0).getString("code"), name + ": " + source);
        assertEquals(0, source.getJsonNumber("lineCount").longValue(), name + ": nothing half-ingested is kept");
        JsonObject status = outcome[2];
        assertFalse(status.getBoolean("ready"), name);
        assertTrue(IngestionIT.strings(status, "preflightErrors").contains("SOURCE_ERROR"), name + ": " + status);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void wrongDelimiter() throws IOException {
        assertFails("hash-delimited", utf8((HEADER + GOOD_TX).replace(',', '#')), "MISSING_REQUIRED_COLUMN",
                "one column");
    }

    @Test
    void missingRequiredColumn() throws IOException {
        assertFails("no-account", utf8("transaction_id,entry_id,effective_date,debit,credit\n"
                + "T1,1,2025-03-01,100.00,\nT1,2,2025-03-01,,100.00\n"), "MISSING_REQUIRED_COLUMN", "account");
    }

    @Test
    void nonNumericAmounts() throws IOException {
        assertFails("words", utf8(HEADER + "T1,1,1000,Cash,2025-03-01,one hundred,\nT1,2,4000,Sales,2025-03-01,,100\n"),
                "NON_NUMERIC_AMOUNT", "one hundred");
    }

    @Test
    void datesOutsideThePeriod() throws IOException {
        assertFails("last-year", utf8(HEADER + GOOD_TX.replace("2025-03-01", "2024-03-01")), "NO_LINES_IN_PERIOD",
                "2025");
    }

    @Test
    void headerOnly() throws IOException {
        assertFails("header-only", utf8(HEADER), "NO_DATA_ROWS", "header");
    }

    @Test
    void binaryGarbage() throws IOException {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        assertFails("garbage", garbage, "NOT_A_TEXT_FILE", "text");
    }

    @Test
    void aTenMegabyteLine() throws IOException {
        assertFails("long-line", utf8(HEADER + "T1,1,1000," + "x".repeat(10 * 1024 * 1024) + ",2025-03-01,1,\n"),
                "LINE_TOO_LONG", "line");
    }

    @Test
    void unbalancedTransactionsAreAWarningThatBlocksUnlessIgnored() throws IOException {
        byte[] unbalanced = utf8(HEADER + GOOD_TX + "T2,1,1000,Cash,2025-03-02,50.00,\nT2,2,4000,Sales,2025-03-02,,45.00\n");
        JsonObject[] ignored = ingest("unbalanced", unbalanced, true);
        assertEquals("COMPLETE", ignored[0].getString("status"));
        assertEquals("COMPLETED", ignored[1].getString("workflowState"));
        assertEquals(4, ignored[1].getJsonNumber("lineCount").longValue());
        JsonObject warning = ignored[1].getJsonArray("warnings").stream().map(JsonValue::asJsonObject)
                .filter(w -> "UNBALANCED_TRANSACTIONS".equals(w.getString("code"))).findFirst().orElseThrow();
        assertTrue(warning.getString("defaultMessage").contains("T2 (debits 50.00, credits 45.00)"), warning.toString());
        assertTrue(ignored[2].getBoolean("ready"), ignored[2].toString());

        String metricsPath = "/api/v1/analysis-sources/" + ignored[1].getString("id") + "/effective-date-metrics";
        JsonObject metrics = Api.get(metricsPath + "?period=DAY", partner.token).body();
        assertEquals(4, metrics.getInt("entriesInPeriod"), metrics.toString());
        assertEquals(0, metrics.getInt("entriesOutOfPeriod"));
        assertEquals(15_000, metrics.getInt("debitsInPeriod"));
        assertEquals(14_500, metrics.getInt("creditsInPeriod"));
        assertEquals(2, metrics.getJsonObject("inPeriodCountHistogram").getInt("2025-03-02"));
        Api.Reply badPeriod = Api.get(metricsPath + "?period=YEAR", partner.token);
        assertEquals(400, badPeriod.status());
        assertEquals("period", badPeriod.firstIdentifier());

        JsonObject[] heeded = ingest("unbalanced-heeded", unbalanced, false);
        assertFalse(heeded[2].getBoolean("ready"));
        assertEquals(List.of("SOURCE_WARNINGS_PRESENT"), IngestionIT.strings(heeded[2], "preflightErrors"));
    }

    @Test
    void aSourceCanStopForAColumnReviewAndGoOnWithConfirmedMappings() throws IOException {
        // Columns named so that no mapping is proposed for the amounts: the caller maps them by hand.
        Path file = Files.write(directory.resolve("odd-headers.csv"), utf8("JE,Line,GL,Name,Posted,Plus,Minus\n"
                + "T1,1,1000,Cash,2025-03-01,100.00,\nT1,2,4000,Sales,2025-03-01,,100.00\n"));
        JsonObject uploaded = PartnerFlow.created(partner.importFile(engagement.getString("id"), "odd-headers", "csv",
                file), 201);
        JsonObject analysis = partner.analysis(engagement.getString("id"));
        String create = "{\"engagementId\":\"" + engagement.getString("id") + "\",\"analysisId\":\""
                + analysis.getString("id") + "\",\"analysisSourceTypeId\":\"" + PartnerFlow.GL_JOURNAL + "\","
                + "\"fileManagerFileId\":\"" + uploaded.getString("id") + "\",\"targetWorkflowState\":\"COLUMNS_ANALYZED\"";
        Api.Reply unknownField = Api.post("/api/v1/analysis-sources", partner.token, create
                + ",\"proposedColumnMappings\":[{\"columnPosition\":5,\"mindbridgeField\":\"plus\"}]}");
        assertEquals(400, unknownField.status(), unknownField.raw().body());
        assertEquals("proposedColumnMappings[0].mindbridgeField", unknownField.firstIdentifier());

        JsonObject job = PartnerFlow.created(Api.post("/api/v1/analysis-sources", partner.token, create + "}"), 202);
        JsonObject reviewed = partner.awaitJob(job.getString("id"), Duration.ofMinutes(1));
        assertEquals("COMPLETE", reviewed.getString("status"), reviewed.toString());
        JsonObject source = Api.get("/api/v1/analysis-sources/" + job.getString("entityId"), partner.token).body();
        assertEquals("COLUMNS_ANALYZED", source.getString("workflowState"), source.toString());
        assertEquals(0, source.getJsonNumber("lineCount").longValue());
        assertEquals(7, source.getJsonArray("columnMappings").size(), source.toString());
        assertEquals("MISSING_REQUIRED_COLUMN", source.getJsonArray("errors").getJsonObject(0).getString("code"),
                "the review shows what the mapping lacks");
        assertFalse(Api.get("/api/v1/analyses/" + analysis.getString("id") + "/status", partner.token).body()
                .getBoolean("ready"), "a source waiting for review is not ready");

        String[] fields = {"transaction_id", "entry_id", "account_id", "account_description", "effective_date", "debit",
            "credit"};
        StringBuilder mappings = new StringBuilder();
        for (int i = 0; i < fields.length; i++) {
            mappings.append(i == 0 ? "" : ",").append("{\"position\":").append(i).append(",\"mindbridgeField\":\"")
                    .append(fields[i]).append("\"}");
        }
        Api.Reply confirmed = Api.put("/api/v1/analysis-sources/" + source.getString("id"), partner.token,
                "{\"version\":" + source.getInt("version") + ",\"targetWorkflowState\":\"COMPLETED\","
                + "\"warningsIgnored\":true,\"columnMappings\":[" + mappings + "]}");
        assertEquals(202, confirmed.status(), confirmed.raw().body());
        JsonObject ingested = partner.awaitJob(confirmed.body().getString("id"), Duration.ofMinutes(1));
        assertEquals("COMPLETE", ingested.getString("status"), ingested.toString());
        JsonObject done = Api.get("/api/v1/analysis-sources/" + source.getString("id"), partner.token).body();
        assertEquals("COMPLETED", done.getString("workflowState"), done.toString());
        assertEquals(2, done.getJsonNumber("lineCount").longValue());
        assertTrue(Api.get("/api/v1/analyses/" + analysis.getString("id") + "/status", partner.token).body()
                .getBoolean("ready"));
    }

    @Test
    void zeroBytesAndEscapingNamesAreRefusedAtUpload() throws IOException {
        Path empty = Files.write(directory.resolve("empty.csv"), new byte[0]);
        Api.Reply zero = partner.importFile(engagement.getString("id"), "empty", "csv", empty);
        assertEquals(400, zero.status(), zero.raw().body());
        assertEquals("file", zero.firstIdentifier());

        Path good = Files.write(directory.resolve("good.csv"), utf8(HEADER + GOOD_TX));
        Api.Reply escaping = partner.importFile(engagement.getString("id"), "../../etc/passwd", "csv", good);
        assertEquals(400, escaping.status(), escaping.raw().body());
        assertEquals("name", escaping.firstIdentifier());
    }
}
