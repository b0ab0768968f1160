package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/** The calls a partner script makes, as the official client makes them, for the file and ingestion tests. */
final class PartnerFlow {

    static final String FOR_PROFIT_LIBRARY = "5cc9076887f13cb8a7a1926b";
    static final String GENERAL_LEDGER = "4b8360d00000000000000000";
    static final String GL_JOURNAL = "4b8361d00000000000000000";
    static final List<String> PERMISSIONS = List.of("api.organizations.read", "api.organizations.write",
            "api.organizations.delete",
            "api.engagements.read", "api.engagements.write", "api.engagements.delete", "api.analyses.read",
            "api.analyses.write", "api.analyses.delete", "api.analysis-sources.read", "api.analysis-sources.write",
            "api.analysis-sources.delete", "api.file-manager.read", "api.file-manager.write",
            "api.file-manager.delete", "api.libraries.read", "api.analysis-types.read",
            "api.analysis-source-types.read", "api.engagement-account-groupings.read", "api.tasks.read",
            "api.data-tables.read", "api.analyses.run", "api.tasks.write");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    final String token;

    PartnerFlow() {
        token = Api.token(Api.unique("partner"), Instant.now().plus(Duration.ofDays(30)), PERMISSIONS, null)
                .getString("token");
    }

    static JsonObject created(Api.Reply reply, int status) {
        assertEquals(status, reply.status(), () -> reply.raw().body());
        return reply.body();
    }

    String organization() {
        return created(Api.post("/api/v1/organizations", token,
                "{\"name\":\"" + Api.unique("Partner org") + "\"}"), 201).getString("id");
    }

    JsonObject engagement(String organizationId, String name) {
        String lead = Api.get("/api/v1/organizations/" + organizationId, token).body()
                .getJsonObject("createdUserInfo").getString("userId");
        return created(Api.post("/api/v1/engagements", token, Json.createObjectBuilder()
                .add("organizationId", organizationId).add("name", name).add("libraryId", FOR_PROFIT_LIBRARY)
                .add("engagementLeadId", lead).add("accountingPackage", "Other").add("industry", "Other")
                .add("accountingPeriod", Json.createObjectBuilder().add("fiscalStartDay", 1)
                        .add("fiscalStartMonth", 1).add("frequency", "ANNUAL"))
                .add("auditPeriodEndDate", "2025-12-31").build().toString()), 201);
    }

    JsonObject analysis(String engagementId) {
        return created(Api.post("/api/v1/analyses", token, Json.createObjectBuilder()
                .add("engagementId", engagementId).add("analysisTypeId", GENERAL_LEDGER)
                .add("name", "General ledger analysis").add("interim", false).add("periodic", false)
                .add("analysisPeriods", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("startDate", "2025-01-01").add("endDate", "2025-12-31"))).build().toString()), 201);
    }

    /** {@code POST /file-manager/import} exactly as the client sends it. */
    Api.Reply importFile(String engagementId, String stem, String extension, Path content) {
        return new Multipart().json("fileManagerFile", "{\"engagementId\":\"" + engagementId + "\",\"name\":\""
                + stem + "\"}").file("file", stem + "." + extension, "text/csv", content)
                .post("/api/v1/file-manager/import", token);
    }

    /** The client's chunked upload: create, parts in order, import. */
    JsonObject importChunked(String engagementId, String stem, Path content, int parts) throws IOException {
        byte[] bytes = Files.readAllBytes(content);
        JsonObject chunked = created(Api.post("/api/v1/chunked-files", token, "{\"name\":\"" + stem + ".csv\","
                + "\"size\":" + bytes.length + "}"), 201);
        int slice = (bytes.length + parts - 1) / parts;
        for (int offset = 0; offset < bytes.length; offset += slice) {
            int size = Math.min(slice, bytes.length - offset);
            byte[] part = java.util.Arrays.copyOfRange(bytes, offset, offset + size);
            Api.Reply sent = new Multipart().json("chunkedFilePart", "{\"offset\":" + offset + ",\"size\":" + size
                    + "}").bytes("fileChunk", chunked.getString("name"), "text/csv", part)
                    .post("/api/v1/chunked-files/" + chunked.getString("id") + "/part", token);
            assertEquals(true, sent.status() / 100 == 2, () -> sent.raw().body());
        }
        return created(Api.post("/api/v1/file-manager/import-from-chunked/" + chunked.getString("id"), token,
                "{\"engagementId\":\"" + engagementId + "\",\"name\":\"" + stem + "\"}"), 201);
    }

    /** SHA-256 of what {@code GET /file-manager/{id}/export} streams. */
    String downloadDigest(String fileId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.ROOT + "/api/v1/file-manager/" + fileId
                + "/export")).header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(2)).build();
        try {
            HttpResponse<InputStream> response = HTTP.send(request, HttpResponse.BodyHandlers.ofInputStream());
            assertEquals(200, response.statusCode());
            try (InputStream in = response.body()) {
                return digest(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String digest(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return digest(in);
        }
    }

    private static String digest(InputStream in) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[64 * 1024];
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code POST /analysis-sources}: answers the ingestion job (202). */
    JsonObject addSource(JsonObject engagement, JsonObject analysis, String fileId, boolean warningsIgnored) {
        JsonObject job = created(Api.post("/api/v1/analysis-sources", token, Json.createObjectBuilder()
                .add("engagementId", engagement.getString("id")).add("analysisId", analysis.getString("id"))
                .add("analysisPeriodId", analysis.getJsonArray("analysisPeriods").getJsonObject(0).getString("id"))
                .add("analysisSourceTypeId", GL_JOURNAL).add("fileManagerFileId", fileId)
                .add("targetWorkflowState", "COMPLETED").add("warningsIgnored", warningsIgnored).build()
                .toString()), 202);
        assertEquals("ANALYSIS_SOURCE_INGESTION", job.getString("type"));
        assertEquals("ANALYSIS_SOURCE", job.getString("entityType"));
        return job;
    }

    /** Polls as the client does ({@code $in} on ids) until the job is no longer in progress. */
    JsonObject awaitJob(String jobId, Duration limit) {
        return awaitJob(token, jobId, limit);
    }

    /** As {@link #awaitJob(String, Duration)}, for any caller's token. */
    static JsonObject awaitJob(String token, String jobId, Duration limit) {
        Instant deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            Api.Reply page = Api.post("/api/v1/async-results/query?page=0", token,
                    "{\"id\":{\"$in\":[\"" + jobId + "\"]}}");
            assertEquals(200, page.status(), () -> page.raw().body());
            assertEquals(1, page.body().getJsonArray("content").size(), "the polled id comes back exactly");
            JsonObject job = page.body().getJsonArray("content").getJsonObject(0);
            if (!"IN_PROGRESS".equals(job.getString("status"))) {
                return job;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return fail("job " + jobId + " still in progress after " + limit);
    }
}
