package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.delete;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.assay.it.Api.put;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code /file-manager} and {@code /chunked-files}: uploads exactly as the official client sends them
 * (wire-conventions §8), downloads byte for byte, the folder rules and the limits.
 */
class FileManagerIT extends AgainstTheEar {

    /** {@code assay.files.max-file-bytes} of the test server (arquillian.xml). */
    static final long MAX_FILE_BYTES = 16L << 20;
    static final String LIBRARY_ID = "5cc9076887f13cb8a7a1926b";
    static final String BOUNDARY = "5a3d2c0b9e8f47d6a1b2c3d4e5f60718";

    private static String engagementId;

    /** One engagement for all tests (created on first use) in a new organization, led by the admin. */
    private static synchronized String engagement() {
        if (engagementId == null) {
            engagementId = newEngagement();
        }
        return engagementId;
    }

    private static String newEngagement() {
        Api.Reply org = post("/api/v1/organizations", admin(), "{\"name\":\"" + Api.unique("Files Org") + "\"}");
        assertEquals(201, org.status(), org.raw().body());
        String lead = get("/api/v1/users/current", admin()).body().getString("id");
        Api.Reply engagement = post("/api/v1/engagements", admin(), "{\"organizationId\":\"" + org.body().getString("id")
                + "\",\"name\":\"" + Api.unique("Files") + "\",\"libraryId\":\"" + LIBRARY_ID
                + "\",\"engagementLeadId\":\"" + lead + "\"}");
        assertEquals(201, engagement.status(), engagement.raw().body());
        return engagement.body().getString("id");
    }

    private static byte[] randomBytes(int size, long seed) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** A multipart/form-data body as urllib3 writes it: a JSON part without file name, then the file part. */
    private static byte[] multipart(String jsonPart, String json, String filePart, String fileName, String type,
            byte[] content) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (jsonPart != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + jsonPart + "\"\r\n"
                    + "Content-Type: application/json\r\n\r\n" + json + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        if (filePart != null) {
            body.writeBytes(("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + filePart
                    + "\"; filename=\"" + fileName + "\"\r\nContent-Type: " + type + "\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(content);
            body.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        }
        body.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return body.toByteArray();
    }

    private static Api.Reply upload(String path, byte[] body) {
        return Api.send("POST", path, admin(), "multipart/form-data; boundary=" + BOUNDARY, body);
    }

    private static Api.Reply importFile(String json, String fileName, byte[] content) {
        return upload("/api/v1/file-manager/import",
                multipart("fileManagerFile", json, "file", fileName, "text/csv", content));
    }

    private static String metadata(String name, String parentId) {
        return "{\"engagementId\":\"" + engagement() + "\",\"name\":\"" + name + "\""
                + (parentId == null ? "" : ",\"parentFileManagerEntityId\":\"" + parentId + "\"") + "}";
    }

    private static JsonObject imported(String name, String parentId, byte[] content) {
        Api.Reply reply = importFile(metadata(name, parentId), name + ".csv", content);
        assertEquals(201, reply.status(), reply.raw().body());
        return reply.body();
    }

    private static JsonObject directory(String name, String parentId) {
        Api.Reply reply = post("/api/v1/file-manager", admin(), metadata(name, parentId));
        assertEquals(201, reply.status(), reply.raw().body());
        return reply.body();
    }

    private static byte[] export(String id) {
        HttpResponse<byte[]> response = Api.download("/api/v1/file-manager/" + id + "/export", admin());
        assertEquals(200, response.statusCode(), () -> new String(response.body(), StandardCharsets.UTF_8));
        return response.body();
    }

    private static String update(JsonObject entry, long version, String name, String parentId) {
        return "{\"version\":" + version + ",\"type\":\"" + entry.getString("type") + "\",\"name\":\"" + name + "\""
                + (parentId == null ? "" : ",\"parentFileManagerEntityId\":\"" + parentId + "\"") + "}";
    }

    @Test
    void importAsTheClientSendsItAndExportByteForByte() {
        String name = "GL " + Api.unique("ledger").replace(' ', '-');
        // larger than the 1 MiB JSON limit: uploads are bounded by the file limit only
        byte[] content = randomBytes(1_500_000, 1);
        JsonObject file = imported(name, null, content);
        assertEquals("FILE", file.getString("type"));
        assertEquals(engagement(), file.getString("engagementId"));
        assertEquals(name, file.getString("name"));
        assertEquals("csv", file.getString("extension"));
        assertEquals(name + ".csv", file.getString("originalName"));
        assertEquals(0, file.getInt("version"));
        assertEquals(0, file.getJsonArray("status").size());
        assertFalse(file.containsKey("parentFileManagerEntityId"));

        assertEquals(file, get("/api/v1/file-manager/" + file.getString("id"), admin()).body());
        HttpResponse<byte[]> download = Api.download("/api/v1/file-manager/" + file.getString("id") + "/export", admin());
        assertEquals(200, download.statusCode());
        assertArrayEquals(content, download.body());
        assertEquals("attachment; filename=\"" + name + ".csv\"",
                download.headers().firstValue("Content-Disposition").orElse(""));
        assertTrue(download.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    }

    @Test
    void chunkedUploadInThreePartsImportsTheWholeFile() {
        byte[] content = randomBytes(250_000, 2);
        Api.Reply created = post("/api/v1/chunked-files", admin(), "{\"name\":\"big.txt\",\"size\":" + content.length + "}");
        assertEquals(201, created.status(), created.raw().body());
        String id = created.body().getString("id");
        assertEquals("big.txt", created.body().getString("name"));
        Api.Reply wrongSize = upload("/api/v1/chunked-files/" + id + "/part", multipart("chunkedFilePart",
                "{\"offset\":0,\"size\":10}", "fileChunk", "big.txt", "text/plain", new byte[11]));
        assertEquals(400, wrongSize.status(), wrongSize.raw().body());
        assertEquals("fileChunk", wrongSize.firstIdentifier());
        int[][] parts = {{100_000, 100_000}, {0, 100_000}, {200_000, 50_000}}; // {offset, size}, out of order
        for (int[] part : parts) {
            Api.Reply reply = upload("/api/v1/chunked-files/" + id + "/part", multipart("chunkedFilePart",
                    "{\"offset\":" + part[0] + ",\"size\":" + part[1] + "}", "fileChunk", "big.txt", "text/plain",
                    Arrays.copyOfRange(content, part[0], part[0] + part[1])));
            assertEquals(200, reply.status(), reply.raw().body());
        }
        Api.Reply duplicate = upload("/api/v1/chunked-files/" + id + "/part", multipart("chunkedFilePart",
                "{\"offset\":0,\"size\":10}", "fileChunk", "big.txt", "text/plain", new byte[10]));
        assertEquals(409, duplicate.status(), duplicate.raw().body());
        assertEquals("offset", duplicate.firstIdentifier());

        JsonObject read = get("/api/v1/chunked-files/" + id, admin()).body();
        assertEquals(List.of(0, 100_000, 200_000), read.getJsonArray("chunkedFileParts").stream()
                .map(part -> part.asJsonObject().getInt("offset")).toList());

        Api.Reply file = post("/api/v1/file-manager/import-from-chunked/" + id, admin(),
                "{\"engagementId\":\"" + engagement() + "\",\"name\":\"" + Api.unique("big").replace(' ', '-') + "\"}");
        assertEquals(201, file.status(), file.raw().body());
        assertEquals("txt", file.body().getString("extension"));
        assertArrayEquals(content, export(file.body().getString("id")));
        assertEquals(404, get("/api/v1/chunked-files/" + id, admin()).status(), "consumed by the import");
    }

    @Test
    void anIncompleteChunkedFileCannotBeImported() {
        String id = post("/api/v1/chunked-files", admin(), "{\"name\":\"part.csv\",\"size\":100}").body().getString("id");
        Api.Reply reply = post("/api/v1/file-manager/import-from-chunked/" + id, admin(),
                "{\"engagementId\":\"" + engagement() + "\",\"name\":\"part\"}");
        assertEquals(409, reply.status(), reply.raw().body());
        assertEquals(204, delete("/api/v1/chunked-files/" + id, admin()).status());
    }

    @Test
    void directoriesMoveRenameAndGuardTheirVersion() {
        JsonObject a = directory(Api.unique("A"), null);
        JsonObject b = directory(Api.unique("B"), null);
        JsonObject c = directory("C", a.getString("id"));
        assertEquals(a.getString("id"), c.getString("parentFileManagerEntityId"));
        assertFalse(c.containsKey("extension"), "a directory has no file properties");
        JsonObject file = imported("moved", a.getString("id"), "x,y\n1,2\n".getBytes(StandardCharsets.UTF_8));

        Api.Reply moved = put("/api/v1/file-manager/" + file.getString("id"), admin(),
                update(file, 0, "moved", b.getString("id")));
        assertEquals(200, moved.status(), moved.raw().body());
        assertEquals(b.getString("id"), moved.body().getString("parentFileManagerEntityId"));
        assertEquals(1, moved.body().getInt("version"));
        assertEquals("MODIFIED", moved.body().getJsonArray("status").getString(0));
        Api.Reply stale = put("/api/v1/file-manager/" + file.getString("id"), admin(), update(file, 0, "again", null));
        assertEquals(409, stale.status());
        assertEquals("version", stale.firstIdentifier());
        Api.Reply renamed = put("/api/v1/file-manager/" + file.getString("id"), admin(),
                update(file, 1, "renamed", b.getString("id")));
        assertEquals(200, renamed.status(), renamed.raw().body());
        assertEquals("renamed", renamed.body().getString("name"));
        assertEquals("csv", renamed.body().getString("extension"));

        String aPath = "/api/v1/file-manager/" + a.getString("id");
        Api.Reply intoChild = put(aPath, admin(), update(a, 0, a.getString("name"), c.getString("id")));
        assertEquals(400, intoChild.status(), intoChild.raw().body());
        assertEquals("parentFileManagerEntityId", intoChild.firstIdentifier());
        assertEquals(400, put(aPath, admin(), update(a, 0, a.getString("name"), a.getString("id"))).status());
        assertEquals(400, put(aPath, admin(), update(a, 0, a.getString("name"), file.getString("id"))).status(),
                "a file holds no entries");
        Api.Reply duplicate = put(aPath, admin(), update(a, 0, b.getString("name").toUpperCase(), null));
        assertEquals(409, duplicate.status(), "names are unique in a folder ignoring case");
        assertEquals(409, post("/api/v1/file-manager", admin(), metadata("c", a.getString("id"))).status());
        Api.Reply renamedDirectory = put(aPath, admin(), update(a, 0, a.getString("name") + " 2", null));
        assertEquals(200, renamedDirectory.status(), renamedDirectory.raw().body());

        Api.Reply notEmpty = delete(aPath, admin());
        assertEquals(409, notEmpty.status());
        assertEquals("CANNOT_DELETE", notEmpty.body().getJsonArray("problems").getJsonObject(0).getString("problemType"));
        assertEquals(204, delete("/api/v1/file-manager/" + c.getString("id"), admin()).status());
        assertEquals(204, delete(aPath, admin()).status());
        assertEquals(204, delete("/api/v1/file-manager/" + file.getString("id"), admin()).status());
        assertEquals(404, Api.download("/api/v1/file-manager/" + file.getString("id") + "/export", admin()).statusCode());
    }

    @Test
    void aDirectoryOfAnotherEngagementIsNoParent() {
        JsonObject foreign = directory(Api.unique("Here"), null);
        String other = newEngagement();
        Api.Reply reply = post("/api/v1/file-manager", admin(), "{\"engagementId\":\"" + other + "\",\"name\":\"x\","
                + "\"parentFileManagerEntityId\":\"" + foreign.getString("id") + "\"}");
        assertEquals(400, reply.status(), reply.raw().body());
        assertEquals("parentFileManagerEntityId", reply.firstIdentifier());
    }

    @Test
    void pathLikeNamesAre400() {
        Api.Reply directory = post("/api/v1/file-manager", admin(), metadata("../evil", null));
        assertEquals(400, directory.status());
        assertEquals("name", directory.firstIdentifier());
        Api.Reply file = importFile(metadata("../evil", null), "evil.csv", new byte[] {1});
        assertEquals(400, file.status());
        assertEquals("name", file.firstIdentifier());
        assertEquals(400, post("/api/v1/chunked-files", admin(), "{\"name\":\"..\\\\evil.csv\",\"size\":1}").status());
    }

    @Test
    void overTheFileLimitIs413NamingTheField() {
        Api.Reply tooLarge = importFile(metadata(Api.unique("huge").replace(' ', '-'), null), "huge.csv",
                new byte[(int) MAX_FILE_BYTES + 1]);
        assertEquals(413, tooLarge.status(), tooLarge.raw().body());
        assertEquals("file", tooLarge.firstIdentifier());
        Api.Reply chunked = post("/api/v1/chunked-files", admin(), "{\"name\":\"huge.csv\",\"size\":" + (MAX_FILE_BYTES + 1) + "}");
        assertEquals(413, chunked.status());
        assertEquals("size", chunked.firstIdentifier());
    }

    @Test
    void brokenUploadsAre400NamingThePart() {
        byte[] onlyFile = multipart(null, null, "file", "a.csv", "text/csv", new byte[] {1});
        Api.Reply missing = upload("/api/v1/file-manager/import", onlyFile);
        assertEquals(400, missing.status());
        assertEquals("fileManagerFile", missing.firstIdentifier());

        Api.Reply badJson = importFile("{\"engagementId\":", "a.csv", new byte[] {1});
        assertEquals(400, badJson.status());
        assertEquals("fileManagerFile", badJson.firstIdentifier());

        Api.Reply noFile = upload("/api/v1/file-manager/import", multipart("fileManagerFile", metadata("a", null),
                null, null, null, null));
        assertEquals(400, noFile.status());
        assertEquals("file", noFile.firstIdentifier());

        Api.Reply wrongName = upload("/api/v1/file-manager/import", multipart("fileManagerFile", metadata("a", null),
                "upload", "a.csv", "text/csv", new byte[] {1}));
        assertEquals(400, wrongName.status());
        assertEquals("file", wrongName.firstIdentifier());

        Api.Reply unknownEngagement = importFile("{\"engagementId\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"name\":\"a\"}",
                "a.csv", new byte[] {1});
        assertEquals(404, unknownEngagement.status(), unknownEngagement.raw().body());
    }

    @Test
    void queryByEngagementAndIds() {
        JsonObject one = directory(Api.unique("Q1"), null);
        JsonObject two = imported(Api.unique("Q2").replace(' ', '-'), one.getString("id"), new byte[] {42});
        String other = newEngagement();
        Api.Reply foreign = post("/api/v1/file-manager", admin(),
                "{\"engagementId\":\"" + other + "\",\"name\":\"elsewhere\"}");
        assertEquals(201, foreign.status());

        Set<String> ids = ids(post("/api/v1/file-manager/query?size=100", admin(),
                "{\"engagementId\":{\"$eq\":\"" + engagement() + "\"}}"));
        assertTrue(ids.containsAll(Set.of(one.getString("id"), two.getString("id"))), ids.toString());
        assertFalse(ids.contains(foreign.body().getString("id")));

        assertEquals(Set.of(one.getString("id"), two.getString("id")), ids(post("/api/v1/file-manager/query", admin(),
                "{\"id\":{\"$in\":[\"" + one.getString("id") + "\",\"" + two.getString("id") + "\"]}}")));
        assertEquals(Set.of(two.getString("id")), ids(post("/api/v1/file-manager/query", admin(),
                "{\"parentFileManagerEntityId\":\"" + one.getString("id") + "\",\"type\":\"FILE\"}")));
        Api.Reply past = post("/api/v1/file-manager/query?page=9", admin(), "{\"engagementId\":\"" + other + "\"}");
        assertEquals(0, past.body().getJsonArray("content").size());
    }

    private static Set<String> ids(Api.Reply page) {
        assertEquals(200, page.status(), page.raw().body());
        return page.body().getJsonArray("content").stream().map(entry -> entry.asJsonObject().get("id"))
                .map(id -> ((JsonString) id).getString()).collect(Collectors.toSet());
    }
}
