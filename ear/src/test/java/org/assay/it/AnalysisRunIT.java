package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.assay.testkit.ledger.GeneralLedgerGenerator;
import org.assay.testkit.ledger.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 6 over HTTP, as the official client and partner scripts drive it: run → 423 while the tables load → poll →
 * data tables listed → rows read page by page with a {@code risk} filter and a sort → tasks on a risky transaction
 * found again by transaction id → a second run gives a new {@code latestAnalysisResultId} and the same scores.
 */
class AnalysisRunIT extends AgainstTheEar {

    private static final int LINES = 30_000;

    @TempDir
    static Path directory;

    static Path ledger;
    static Set<String> injected = new HashSet<>();

    @BeforeAll
    static void generate() throws IOException {
        ledger = directory.resolve("GENERAL_LEDGER_JOURNAL.csv");
        Path labels = directory.resolve("labels.csv");
        GeneralLedgerGenerator.write(Settings.defaults(LINES), ledger, labels);
        Files.readAllLines(labels).stream().skip(1).forEach(row -> injected.add(row.split(",")[0]));
    }

    @Test
    void runScoresTheLedgerIntoDataTablesThatPartnersPageThrough() {
        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Scored 2025"));
        JsonObject analysis = partner.analysis(engagement.getString("id"));
        String analysisId = analysis.getString("id");
        JsonObject file = PartnerFlow.created(partner.importFile(engagement.getString("id"), "GL", "csv", ledger),
                201);
        JsonObject ingestion = partner.awaitJob(partner.addSource(engagement, analysis, file.getString("id"), true)
                .getString("id"), Duration.ofMinutes(3));
        assertEquals("COMPLETE", ingestion.getString("status"), ingestion.toString());

        JsonObject run = PartnerFlow.created(Api.post("/api/v1/analyses/" + analysisId + "/run", partner.token, "{}"),
                202);
        assertEquals("ANALYSIS_RUN", run.getString("type"));
        assertEquals("ANALYSIS_RESULT", run.getString("entityType"));
        String resultId = run.getString("entityId");

        // At once: the result, its job and its tables exist; the tables answer 423 until the run wrote them.
        JsonObject tables = Api.post("/api/v1/data-tables/query?page=0", partner.token, byAnalysis(analysisId)).body();
        assertEquals(2, tables.getJsonArray("content").size(), tables.toString());
        String linesTable = table(tables, "gl_journal_lines");
        String txTable = table(tables, "gl_journal_tx");
        Api.Reply loading = Api.post("/api/v1/data-tables/" + txTable + "/data", partner.token, "{\"page\":0}");
        assertEquals(423, loading.status(), loading.raw().body());
        assertEquals("application/problem+json", loading.raw().headers().firstValue("Content-Type").orElse(""));
        Api.Reply again = Api.post("/api/v1/analyses/" + analysisId + "/run", partner.token, "{}");
        assertEquals(409, again.status(), again.raw().body());
        assertTrue(again.raw().body().contains("IN_PROGRESS"), again.raw().body());

        JsonObject results = Api.post("/api/v1/analysis-results/query", partner.token, byAnalysis(analysisId)).body();
        assertEquals(resultId, results.getJsonArray("content").getJsonObject(0).getString("id"));
        JsonObject done = partner.awaitJob(run.getString("id"), Duration.ofMinutes(3));
        assertEquals("COMPLETE", done.getString("status"), done.toString());
        JsonObject after = Api.get("/api/v1/analyses/" + analysisId, partner.token).body();
        assertEquals(resultId, after.getString("latestAnalysisResultId"));
        JsonObject status = Api.get("/api/v1/analyses/" + analysisId + "/status", partner.token).body();
        assertEquals("COMPLETED", status.getString("status"), status.toString());
        assertTrue(status.getBoolean("reRunReady"), status.toString());
        assertEquals(analysisId, Api.get("/api/v1/analysis-results/" + resultId, partner.token).body()
                .getString("analysisId"));

        JsonObject txMeta = Api.get("/api/v1/data-tables/" + txTable, partner.token).body();
        JsonObject risk = column(txMeta, "risk");
        assertEquals("PERCENTAGE_FIXED_POINT", risk.getString("type"));
        assertTrue(risk.getBoolean("rangeSearch") && risk.getBoolean("sortable"));
        assertTrue(column(txMeta, "keyword_search").getBoolean("filterOnly"));
        assertEquals("MONEY_100", column(txMeta, "debit").getString("type"));

        List<JsonObject> all = pages(partner, txTable, "{\"fields\":[\"txid\",\"transaction\",\"risk\"]");
        double auc = areaUnderRocCurve(all);
        System.out.printf("AnalysisRunIT: %d transactions, %d injected; AUC of risk %.4f%n", all.size(),
                injected.size(), auc);
        assertTrue(auc >= 0.9, "the injected anomalies rank at the top: AUC " + auc);

        List<JsonObject> risky = pages(partner, txTable, "{\"query\":{\"risk\":{\"$gte\":1000}},"
                + "\"sort\":{\"field\":\"risk\",\"direction\":\"DESC\"},\"pageSize\":40");
        assertTrue(risky.size() > 40, "several pages of risky transactions: " + risky.size());
        assertEquals(all.stream().filter(r -> r.getInt("risk") >= 1000).count(), risky.size(),
                "the filter keeps exactly the transactions at or above the threshold");
        for (int i = 0; i < risky.size(); i++) {
            assertTrue(i == 0 || risky.get(i - 1).getInt("risk") >= risky.get(i).getInt("risk"), "sorted by risk");
        }
        assertEquals(risky.size(), new HashSet<>(risky.stream().map(r -> r.getInt("txid")).toList()).size(),
                "pages do not overlap");

        JsonObject top = risky.get(0);
        List<JsonObject> lines = pages(partner, linesTable, "{\"query\":{\"txid\":" + top.getInt("txid") + "},"
                + "\"fields\":[\"rowid\",\"txid\",\"transaction\",\"effective_date\",\"debit\",\"credit\",\"risk\"]");
        assertEquals(top.getInt("entries_count"), lines.size());
        assertEquals(top.getJsonNumber("debit").longValue(), lines.stream()
                .mapToLong(l -> l.getJsonNumber("debit").longValue()).sum());
        assertTrue(lines.get(0).getString("effective_date").matches("\\d{4}-\\d{2}-\\d{2}"));
        assertEquals(7, lines.get(0).size(), "only the requested fields: " + lines.get(0));

        Api.Reply bad = Api.post("/api/v1/data-tables/" + linesTable + "/data", partner.token,
                "{\"pageSize\":500,\"query\":{}}");
        assertEquals(400, bad.status(), bad.raw().body());
        assertTrue(bad.raw().body().contains("pageSize"), bad.raw().body());
        Api.Reply unknown = Api.post("/api/v1/data-tables/" + linesTable + "/data", partner.token,
                "{\"query\":{\"riskk\":{\"$gte\":1}}}");
        assertEquals(400, unknown.status(), unknown.raw().body());
        assertTrue(unknown.raw().body().contains("riskk"), unknown.raw().body());

        tasksOnTheRiskiestTransaction(partner, engagement, analysisId, resultId, top);
        exportsHoldExactlyTheSelectedRows(partner, txTable, linesTable);

        JsonObject rerun = PartnerFlow.created(Api.post("/api/v1/analyses/" + analysisId + "/run", partner.token,
                "{}"), 202);
        assertEquals("COMPLETE", partner.awaitJob(rerun.getString("id"), Duration.ofMinutes(3)).getString("status"));
        String second = Api.get("/api/v1/analyses/" + analysisId, partner.token).body()
                .getString("latestAnalysisResultId");
        assertNotEquals(resultId, second);
        assertEquals(rerun.getString("entityId"), second);
        JsonObject secondTables = Api.post("/api/v1/data-tables/query", partner.token, "{\"analysisResultId\":"
                + "{\"$eq\":\"" + second + "\"}}").body();
        List<JsonObject> rescored = pages(partner, table(secondTables, "gl_journal_tx"), "{\"query\":{\"risk\":"
                + "{\"$gte\":1000}},\"sort\":{\"field\":\"risk\",\"direction\":\"DESC\"},\"pageSize\":40");
        assertEquals(risky, rescored, "the same ledger and seed give the same scores");

        String reporter = Api.token(Api.unique("reporter"), java.time.Instant.now().plus(Duration.ofDays(1)),
                List.of("api.admin-reports.run"), null).getString("token");
        List<String> usage = AdminReportsIT.report(reporter, "/api/v1/admin-reports/row-usage-report/run",
                "{\"start\":\"" + java.time.Instant.now().minusSeconds(3600) + "\",\"end\":\""
                + java.time.Instant.now().plusSeconds(60) + "\"}");
        assertTrue(usage.stream().anyMatch(row -> row.contains("," + analysisId + ",") && row.contains("," + second
                + "," + LINES + ",")), "the second run's rows are counted: " + usage);

        assertEquals(204, Api.delete("/api/v1/analyses/" + analysisId, partner.token).status());
        assertEquals(0, Api.post("/api/v1/data-tables/query", partner.token, byAnalysis(analysisId)).body()
                .getJsonArray("content").size(), "the analysis goes with its results and their tables");
        assertEquals(404, Api.post("/api/v1/data-tables/" + txTable + "/data", partner.token, "{}").status());
    }

    @Test
    void anAnalysisWithoutItsLedgerDoesNotRun() {
        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Empty 2025"));
        String analysisId = partner.analysis(engagement.getString("id")).getString("id");
        Api.Reply refused = Api.post("/api/v1/analyses/" + analysisId + "/run", partner.token, "{}");
        assertEquals(409, refused.status(), refused.raw().body());
        assertTrue(refused.raw().body().contains("REQUIRED_FILES_MISSING"), refused.raw().body());
        assertEquals(0, Api.post("/api/v1/analysis-results/query", partner.token, byAnalysis(analysisId)).body()
                .getJsonArray("content").size(), "a refused run leaves nothing behind");
        String reader = Api.token(Api.unique("reader"), java.time.Instant.now().plus(Duration.ofDays(1)),
                List.of("api.analyses.read"), null).getString("token");
        assertEquals(403, Api.post("/api/v1/analyses/" + analysisId + "/run", reader, "{}").status());
    }

    private static void tasksOnTheRiskiestTransaction(PartnerFlow partner, JsonObject engagement, String analysisId,
            String resultId, JsonObject top) {
        String lead = engagement.getString("engagementLeadId");
        JsonObject task = PartnerFlow.created(Api.post("/api/v1/tasks", partner.token, "{\"engagementId\":\""
                + engagement.getString("id") + "\",\"analysisResultId\":\"" + resultId + "\",\"type\":\"TRANSACTION\","
                + "\"transactionId\":" + top.getInt("txid") + ",\"status\":\"OPEN\",\"assignedId\":\"" + lead
                + "\",\"auditAreas\":[\"Revenue\"],\"description\":\"Look at this one\"}"), 201);
        assertEquals(analysisId, task.getString("analysisId"));
        assertEquals(top.getString("transaction"), task.getString("transaction"));
        Api.Reply found = Api.post("/api/v1/tasks/query", partner.token, "{\"analysisId\":{\"$eq\":\"" + analysisId
                + "\"},\"transactionId\":{\"$eq\":" + top.getInt("txid") + "}}");
        assertEquals(200, found.status(), found.raw().body());
        assertEquals(task.getString("id"), found.body().getJsonArray("content").getJsonObject(0).getString("id"));
        Api.Reply missing = Api.post("/api/v1/tasks", partner.token, "{\"analysisResultId\":\"" + resultId + "\","
                + "\"type\":\"TRANSACTION\",\"transactionId\":99999999,\"status\":\"OPEN\"}");
        assertEquals(400, missing.status(), missing.raw().body());
        assertTrue(missing.raw().body().contains("transactionId"), missing.raw().body());
    }

    /**
     * Issue 7: exports of both tables, filtered and sorted, hold exactly the rows a read returns, in order, with the
     * requested columns, in the reference's formats.
     */
    private static void exportsHoldExactlyTheSelectedRows(PartnerFlow partner, String txTable, String linesTable) {
        List<JsonObject> expected = pages(partner, txTable, "{\"query\":{\"risk\":{\"$gte\":1000}},"
                + "\"sort\":{\"field\":\"txid\",\"direction\":\"ASC\"}");
        List<String> csv = export(partner, txTable, "{\"fields\":[\"txid\",\"transaction\",\"effective_date\","
                + "\"debit\",\"risk\",\"accounts\"],\"query\":{\"risk\":{\"$gte\":1000}},"
                + "\"sort\":{\"field\":\"txid\",\"direction\":\"ASC\"}}");
        assertEquals("txid,transaction,effective_date,debit,risk,accounts", csv.get(0));
        assertEquals(expected.size(), csv.size() - 1, "one line per matching row");
        for (int i = 0; i < expected.size(); i++) {
            JsonObject row = expected.get(i);
            String accounts = String.join(";", row.getJsonArray("accounts").getValuesAs(JsonString::getString)
                    .stream().map(a -> "'" + a + "'").toList());
            String cell = accounts.contains(",") ? "\"" + accounts + "\"" : accounts;
            assertEquals(row.getInt("txid") + "," + row.getString("transaction") + ","
                    + row.getString("effective_date") + "," + row.getJsonNumber("debit").longValue() + ","
                    + row.getInt("risk") + "," + cell, csv.get(i + 1));
        }

        String range = "{\"effective_date\":{\"$gte\":\"2025-03-01\",\"$lt\":\"2025-04-01\"}}";
        List<JsonObject> march = pages(partner, linesTable, "{\"query\":" + range + ",\"fields\":[\"rowid\","
                + "\"effective_date\",\"credit\"]");
        List<String> lines = export(partner, linesTable, "{\"fields\":[\"rowid\",\"effective_date\",\"credit\"],"
                + "\"query\":" + range + "}");
        assertEquals("rowid,effective_date,credit", lines.get(0));
        assertTrue(march.size() > 100, "a month of lines: " + march.size());
        assertEquals(march.stream().map(r -> r.getInt("rowid") + "," + r.getString("effective_date") + ","
                + r.getJsonNumber("credit").longValue()).toList(), lines.subList(1, lines.size()));

        Api.Reply bad = Api.post("/api/v1/data-tables/" + linesTable + "/export", partner.token,
                "{\"fields\":[\"keyword_search\"]}");
        assertEquals(400, bad.status(), bad.raw().body());
        assertTrue(bad.raw().body().contains("fields[0]"), bad.raw().body());
    }

    /** Starts an export, waits for it as the client does and downloads the CSV's lines. */
    private static List<String> export(PartnerFlow partner, String tableId, String body) {
        JsonObject job = PartnerFlow.created(Api.post("/api/v1/data-tables/" + tableId + "/export", partner.token,
                body), 202);
        assertEquals("DATA_TABLE_EXPORT", job.getString("type"));
        JsonObject done = partner.awaitJob(job.getString("id"), Duration.ofMinutes(2));
        assertEquals("COMPLETE", done.getString("status"), done.toString());
        String fileId = done.getString("entityId");
        JsonObject file = Api.get("/api/v1/file-results/" + fileId, partner.token).body();
        assertTrue(file.getString("fileName").endsWith(".csv"), file.toString());
        var download = Api.download("/api/v1/file-results/" + fileId + "/export", partner.token);
        assertEquals(200, download.statusCode());
        assertEquals(file.getJsonNumber("size").longValue(), download.body().length);
        return List.of(new String(download.body(), java.nio.charset.StandardCharsets.UTF_8).split("\r\n"));
    }

    /** The probability that an injected transaction outranks a normal one (ties count half). */
    private static double areaUnderRocCurve(List<JsonObject> transactions) {
        List<Integer> positives = new ArrayList<>();
        List<Integer> negatives = new ArrayList<>();
        for (JsonObject tx : transactions) {
            (injected.contains(tx.getString("transaction")) ? positives : negatives).add(tx.getInt("risk"));
        }
        negatives.sort(null);
        double wins = 0;
        for (int risk : positives) {
            int below = lowerBound(negatives, risk);
            int notAbove = lowerBound(negatives, risk + 1);
            wins += below + (notAbove - below) / 2.0;
        }
        return wins / ((double) positives.size() * negatives.size());
    }

    private static int lowerBound(List<Integer> sorted, int value) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid) < value) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Reads pages (page in the body) until the first empty one, as the client does. */
    private static List<JsonObject> pages(PartnerFlow partner, String tableId, String bodyWithoutPage) {
        List<JsonObject> rows = new ArrayList<>();
        for (int page = 0; page < 1000; page++) {
            Api.Reply reply = Api.post("/api/v1/data-tables/" + tableId + "/data", partner.token, bodyWithoutPage
                    + ",\"page\":" + page + "}");
            assertEquals(200, reply.status(), reply.raw().body());
            JsonArray content = reply.body().getJsonArray("content");
            if (content.isEmpty()) {
                return rows;
            }
            content.forEach(row -> rows.add(row.asJsonObject()));
        }
        throw new AssertionError("no empty page after 1000 pages");
    }

    private static String byAnalysis(String analysisId) {
        return "{\"analysisId\":{\"$eq\":\"" + analysisId + "\"}}";
    }

    private static String table(JsonObject page, String logicalName) {
        return page.getJsonArray("content").stream().map(JsonValue::asJsonObject)
                .filter(t -> logicalName.equals(t.getString("logicalName"))).findFirst()
                .orElseThrow(() -> new AssertionError("no " + logicalName + " in " + page)).getString("id");
    }

    private static JsonObject column(JsonObject table, String field) {
        return table.getJsonArray("columns").stream().map(JsonValue::asJsonObject)
                .filter(c -> field.equals(c.getString("field"))).findFirst()
                .orElseThrow(() -> new AssertionError("no column " + field));
    }
}
