package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Tasks over HTTP, as far as they go without analysis results: refusals before any row is looked at, empty queries
 * and unknown ids. Creating a task on a scored row needs an analysis run.
 */
class TasksIT extends AgainstTheEar {

    private static final String UNKNOWN = "0123456789abcdef01234567";

    private static String task(String fields) {
        return "{\"analysisResultId\":\"" + UNKNOWN + "\",\"status\":\"OPEN\",\"auditAreas\":[\"Revenue\"]," + fields
                + "}";
    }

    @Test
    void aTaskOnAnUnknownAnalysisResultIsNotFound() {
        Api.Reply reply = Api.post("/api/v1/tasks", Api.admin(), task("\"type\":\"ENTRY\",\"rowId\":42"));
        assertEquals(404, reply.status(), reply.raw().body());
        assertEquals("ANALYSIS_RESULT", reply.body().getString("entityType"));
    }

    @Test
    void whatTheTypeNeedsAndBadFieldsAreRefusedNamingTheField() {
        Api.Reply noRow = Api.post("/api/v1/tasks", Api.admin(), task("\"type\":\"ENTRY\",\"transactionId\":17"));
        assertEquals(400, noRow.status(), noRow.raw().body());
        assertEquals("rowId", noRow.firstIdentifier());

        Api.Reply noTransaction = Api.post("/api/v1/tasks", Api.admin(), task("\"type\":\"TRANSACTION\",\"rowId\":42"));
        assertEquals(400, noTransaction.status());
        assertEquals("transactionId", noTransaction.firstIdentifier());

        Api.Reply noType = Api.post("/api/v1/tasks", Api.admin(), task("\"rowId\":42"));
        assertEquals("type", noType.firstIdentifier());
        Api.Reply badType = Api.post("/api/v1/tasks", Api.admin(), task("\"type\":\"LINE\",\"rowId\":42"));
        assertEquals(400, badType.status());
        assertEquals("type", badType.firstIdentifier());

        Api.Reply nobody = Api.post("/api/v1/tasks", Api.admin(),
                task("\"type\":\"ENTRY\",\"rowId\":42,\"assignedId\":\"" + UNKNOWN + "\""));
        assertEquals(400, nobody.status());
        assertEquals("assignedId", nobody.firstIdentifier());

        Api.Reply blankTag = Api.post("/api/v1/tasks", Api.admin(), task("\"type\":\"ENTRY\",\"rowId\":42,"
                + "\"tags\":[\"fine\",\"\"]"));
        assertEquals("tags[1]", blankTag.firstIdentifier());

        Api.Reply unknownProperty = Api.post("/api/v1/tasks", Api.admin(), task("\"type\":\"ENTRY\",\"rowId\":42,"
                + "\"approver\":\"someone\""));
        assertEquals(400, unknownProperty.status());
        assertEquals("approver", unknownProperty.firstIdentifier());
    }

    @Test
    void anAnalysisWithoutRunsHasNoTasks() {
        PartnerFlow partner = new PartnerFlow();
        String engagementId = partner.engagement(partner.organization(), Api.unique("Tasks")).getString("id");
        String analysisId = partner.analysis(engagementId).getString("id");
        Api.Reply page = Api.post("/api/v1/tasks/query?page=0", partner.token,
                "{\"analysisId\":{\"$eq\":\"" + analysisId + "\"}}");
        assertEquals(200, page.status(), page.raw().body());
        assertTrue(page.body().getJsonArray("content").isEmpty());
        Api.Reply tagged = Api.post("/api/v1/tasks/query", partner.token,
                "{\"analysisId\":\"" + analysisId + "\",\"tags\":\"follow-up\",\"taskApprovalStatus\":\"PENDING\"}");
        assertEquals(200, tagged.status(), tagged.raw().body());
        assertTrue(tagged.body().getJsonArray("content").isEmpty());
    }

    @Test
    void unknownTasksAreNotFoundAndWritesNeedThePermission() {
        String path = "/api/v1/tasks/" + UNKNOWN;
        assertEquals(404, Api.get(path, Api.admin()).status());
        assertEquals(404, Api.put(path, Api.admin(), "{\"version\":0,\"status\":\"COMPLETED\"}").status());
        assertEquals(404, Api.delete(path, Api.admin()).status());
        assertEquals(404, Api.post(path + "/add-comment", Api.admin(), "{\"commentText\":\"Checked.\"}").status());

        String reader = Api.token(Api.unique("task reader"), java.time.Instant.now().plus(java.time.Duration.ofDays(1)),
                java.util.List.of("api.tasks.read"), null).getString("token");
        assertEquals(403, Api.post("/api/v1/tasks", reader, task("\"type\":\"ENTRY\",\"rowId\":42")).status());
        assertEquals(403, Api.delete(path, reader).status());
    }
}
