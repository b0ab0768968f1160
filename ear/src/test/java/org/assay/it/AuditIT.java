package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The audit log: what a token's calls leave behind, security events, export, chain verification. */
class AuditIT extends AgainstTheEar {

    private static List<JsonObject> records(String filter) throws InterruptedException {
        Thread.sleep(1500); // the writer flushes every half second
        Api.Reply page = post("/api/v1/audit-events/query?size=100", admin(), filter);
        assertEquals(200, page.status(), page.raw().body());
        return page.body().getJsonArray("content").getValuesAs(JsonValue::asJsonObject);
    }

    @Test
    void aTokensCallsAndLifecycleAreRecordedWithoutItsSecret() throws Exception {
        JsonObject token = Api.token(Api.unique("Audited"), Instant.now().plus(Duration.ofDays(2)),
                List.of("api.organizations.read", "api.organizations.write"), null);
        String secret = token.getString("token");
        String tokenId = token.getString("id");
        Api.Reply current = get("/api/v1/api-tokens/current", secret);
        Api.Reply created = post("/api/v1/organizations", secret, "{\"name\":\"" + Api.unique("Audited org") + "\"}");
        Api.Reply denied = get("/api/v1/users/current", secret);
        Api.Reply forbidden = post("/api/v1/users/query", secret, "{}");
        assertEquals(403, forbidden.status());
        post("/api/v1/api-tokens/" + tokenId + "/disable", admin(), "{}");
        assertEquals(401, get("/api/v1/api-tokens/current", secret).status());

        List<JsonObject> byToken = records("{\"tokenId\":\"" + tokenId + "\"}");
        JsonObject currentRecord = byToken.stream().filter(r -> r.getString("requestId").equals(current.header("X-Request-Id")))
                .findFirst().orElseThrow(() -> new AssertionError("no record of GET /api-tokens/current in " + byToken));
        assertEquals("API_REQUEST", currentRecord.getString("type"));
        assertEquals("GET", currentRecord.getString("method"));
        assertEquals("/api/v1/api-tokens/current", currentRecord.getString("route"));
        assertEquals(200, currentRecord.getInt("status"));
        assertEquals(token.getString("userId"), currentRecord.getString("userId"));
        assertEquals(token.getString("partialToken"), currentRecord.getString("partialToken"));
        assertEquals("127.0.0.1", currentRecord.getString("clientAddress"));
        assertTrue(currentRecord.containsKey("latencyMillis"));

        assertTrue(byToken.stream().anyMatch(r -> "/api/v1/organizations".equals(r.getString("route", ""))
                && r.getInt("status", 0) == 201 && r.getString("requestId").equals(created.header("X-Request-Id"))));
        assertTrue(byToken.stream().anyMatch(r -> "PERMISSION_DENIED".equals(r.getString("type"))
                && "/api/v1/users/query".equals(r.getString("route", ""))), "403s are permission-denied events");
        assertEquals(200, denied.status());

        List<JsonObject> lifecycle = records("{\"detail\":{\"$isubstr\":\"" + tokenId + "\"}}");
        List<String> types = lifecycle.stream().map(r -> r.getString("type")).collect(Collectors.toList());
        assertTrue(types.contains("TOKEN_CREATED"), types.toString());
        assertTrue(types.contains("TOKEN_DISABLED"), types.toString());
        assertTrue(types.contains("AUTHENTICATION_FAILED"), "the disabled token's use: " + types);
        String adminId = get("/api/v1/users/current", admin()).body().getString("id");
        assertTrue(lifecycle.stream().anyMatch(r -> "TOKEN_CREATED".equals(r.getString("type"))
                && adminId.equals(r.getString("userId", null))), "lifecycle events name who acted");

        Api.Reply export = post("/api/v1/audit-events/export", admin(), "{}");
        assertEquals(200, export.status());
        assertTrue(export.header("Content-Type").startsWith("text/csv"));
        String csv = export.raw().body();
        assertTrue(csv.startsWith("id,node,sequence,time,type,"), csv.substring(0, 80));
        assertTrue(csv.contains(tokenId));
        assertFalse(csv.contains(secret), "the secret is in no audit record");
        String log = Files.readString(Path.of(System.getProperty("jboss.home"), "standalone", "it-log", "server.log"));
        assertFalse(log.contains(secret), "the secret is in no log line");
    }

    @Test
    void signInsAndUserChangesAreSecurityEvents() throws Exception {
        String[] user = Api.userWithRole("ROLE_USER");
        post("/auth/token", null, "{\"email\":\"nobody@assay.test\",\"password\":\"not-the-password\"}");
        JsonObject read = get("/api/v1/users/" + user[0], admin()).body();
        Api.put("/api/v1/users/" + user[0], admin(), "{\"version\":" + read.getInt("version")
                + ",\"role\":\"ROLE_CLIENT\",\"enabled\":true}");
        List<JsonObject> events = records("{\"$or\":[{\"userId\":\"" + user[0] + "\"},{\"detail\":{\"$isubstr\":\""
                + user[0] + "\"}},{\"detail\":{\"$isubstr\":\"nobody@assay.test\"}}]}");
        List<String> types = events.stream().map(r -> r.getString("type")).collect(Collectors.toList());
        assertTrue(types.contains("USER_CREATED"), types.toString());
        assertTrue(types.contains("LOGIN_SUCCEEDED"), types.toString());
        assertTrue(types.contains("LOGIN_FAILED"), types.toString());
        assertTrue(types.contains("USER_ROLE_CHANGED"), types.toString());
        assertFalse(events.toString().contains("not-the-password"), "no password in the audit log");
    }

    @Test
    void theChainVerifiesAndOnlyAppAdminsReadTheLog() throws Exception {
        records("{}");
        Api.Reply verdict = get("/api/v1/audit-events/verify", admin());
        assertEquals(200, verdict.status());
        assertTrue(verdict.body().getBoolean("intact"), verdict.raw().body());
        assertTrue(verdict.body().getInt("checked") > 0);

        String partner = Api.token(Api.unique("Curious"), Instant.now().plus(Duration.ofDays(1)),
                List.of("api.api-tokens.read", "api.users.read"), null).getString("token");
        assertEquals(403, post("/api/v1/audit-events/query", partner, "{}").status());
        assertEquals(403, get("/api/v1/audit-events/verify", partner).status());
    }
}
