package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The admin reports over HTTP: the activity report lists the audit log's records of the period for the chosen users
 * and categories; runs are refused for bad periods, unknown categories and callers without the permission.
 */
class AdminReportsIT extends AgainstTheEar {

    private static final List<String> REPORTER = List.of("api.admin-reports.run");

    @Test
    void activityReportListsTheCallsOfTheChosenUserAndCategory() throws InterruptedException {
        Instant start = Instant.now().minusSeconds(5);
        PartnerFlow partner = new PartnerFlow();
        String organizationId = partner.organization();
        String engagementId = partner.engagement(organizationId, Api.unique("Reported")).getString("id");
        String partnerUser = Api.get("/api/v1/organizations/" + organizationId, partner.token).body()
                .getJsonObject("createdUserInfo").getString("userId");
        Thread.sleep(1500); // the audit writer appends every half second in the test server
        String reporter = Api.token(Api.unique("reporter"), Instant.now().plus(Duration.ofDays(1)), REPORTER, null)
                .getString("token");
        List<String> csv = report(reporter, "/api/v1/admin-reports/activity-report/run", "{\"start\":\"" + start
                + "\",\"end\":\"" + Instant.now().plusSeconds(5) + "\",\"userIds\":[\"" + partnerUser + "\"],"
                + "\"categories\":[\"ENGAGEMENT\"],\"onlyCompletedAnalyses\":false}");
        assertEquals(String.join(",", List.of("time", "category", "event", "user_id", "user_name", "token_id",
                "partial_token", "method", "route", "status", "resource_ids", "client_address", "user_agent",
                "request_id", "detail")), csv.get(0));
        assertTrue(csv.size() >= 2, "the engagement call is listed: " + csv);
        for (String row : csv.subList(1, csv.size())) {
            assertTrue(row.contains(",ENGAGEMENT,API_REQUEST," + partnerUser + ","), row);
        }
        assertTrue(csv.stream().anyMatch(row -> row.contains(",POST,/api/v1/engagements,201,")), csv.toString());
        assertTrue(csv.stream().noneMatch(row -> row.contains(partner.token)), "no secret in the report");
        assertTrue(engagementId.matches("[0-9a-f]{24}"));
    }

    @Test
    void reportFilesExpireAfterTheRetention() throws InterruptedException {
        String reporter = Api.token(Api.unique("reporter"), Instant.now().plus(Duration.ofDays(1)), REPORTER, null)
                .getString("token");
        JsonObject job = PartnerFlow.created(Api.post("/api/v1/admin-reports/row-usage-report/run", reporter,
                "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2027-01-01T00:00:00Z\"}"), 202);
        String fileId = PartnerFlow.awaitJob(reporter, job.getString("id"), Duration.ofMinutes(1)).getString("entityId");
        assertEquals(200, Api.get("/api/v1/file-results/" + fileId, reporter).status());
        // The test server keeps file results 30 s and sweeps every 5 s.
        Instant deadline = Instant.now().plusSeconds(90);
        int status = 200;
        while (status == 200 && Instant.now().isBefore(deadline)) {
            Thread.sleep(2000);
            status = Api.get("/api/v1/file-results/" + fileId, reporter).status();
        }
        assertEquals(404, status, "the expired report is gone");
        assertEquals(404, Api.get("/api/v1/file-results/" + fileId + "/export", reporter).status());
    }

    @Test
    void badRunsAreRefusedAndNeedThePermission() {
        String reporter = Api.token(Api.unique("reporter"), Instant.now().plus(Duration.ofDays(1)), REPORTER, null)
                .getString("token");
        Api.Reply backwards = Api.post("/api/v1/admin-reports/row-usage-report/run", reporter,
                "{\"start\":\"2026-02-01T00:00:00Z\",\"end\":\"2026-01-01T00:00:00Z\"}");
        assertEquals(400, backwards.status(), backwards.raw().body());
        assertTrue(backwards.raw().body().contains("\"end\""), backwards.raw().body());
        Api.Reply category = Api.post("/api/v1/admin-reports/activity-report/run", reporter,
                "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-02-01T00:00:00Z\",\"categories\":[\"NOPE\"]}");
        assertEquals(400, category.status(), category.raw().body());
        assertTrue(category.raw().body().contains("categories[0]"), category.raw().body());
        Api.Reply user = Api.post("/api/v1/admin-reports/activity-report/run", reporter,
                "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-02-01T00:00:00Z\",\"userIds\":[\"nobody\"]}");
        assertEquals(400, user.status(), user.raw().body());
        PartnerFlow partner = new PartnerFlow();
        assertEquals(403, Api.post("/api/v1/admin-reports/row-usage-report/run", partner.token,
                "{\"start\":\"2026-01-01T00:00:00Z\",\"end\":\"2026-02-01T00:00:00Z\"}").status());
    }

    /** Runs a report, waits for its job and downloads the CSV's lines. */
    static List<String> report(String token, String path, String body) {
        JsonObject job = PartnerFlow.created(Api.post(path, token, body), 202);
        assertEquals("ADMIN_REPORT", job.getString("type"));
        assertEquals("FILE_RESULT", job.getString("entityType"));
        JsonObject done = PartnerFlow.awaitJob(token, job.getString("id"), Duration.ofMinutes(1));
        assertEquals("COMPLETE", done.getString("status"), done.toString());
        var download = Api.download("/api/v1/file-results/" + done.getString("entityId") + "/export", token);
        assertEquals(200, download.statusCode());
        return List.of(new String(download.body(), StandardCharsets.UTF_8).split("\r\n"));
    }
}
