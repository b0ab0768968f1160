package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.delete;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.assay.it.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code /api-tokens}: the lifecycle, revocation, the API Token User, address limits and last use. */
class ApiTokensIT extends AgainstTheEar {

    static final Instant IN_30_DAYS = Instant.now().plus(Duration.ofDays(30));
    static final List<String> ORGS_RW = List.of("api.organizations.read", "api.organizations.write");

    static String secret(JsonObject created) {
        return created.getString("token");
    }

    @Test
    void createUseRenameRenewAndTheOldSecretStopsAtOnce() {
        String name = Api.unique("Partner");
        JsonObject created = Api.token(name, IN_30_DAYS, ORGS_RW, null);
        String secret = secret(created);
        assertTrue(secret.matches("assay_[0-9A-Za-z]{36}"), secret);
        assertEquals("assay_..." + secret.substring(secret.length() - 4), created.getString("partialToken"));
        assertEquals(name, created.getString("name"));
        assertTrue(created.getString("userId").matches("[0-9a-f]{24}"));

        Api.Reply current = get("/api/v1/api-tokens/current", secret);
        assertEquals(200, current.status());
        assertEquals(created.getString("id"), current.body().getString("id"));
        assertFalse(current.body().containsKey("token"), "the secret is never shown again");
        assertEquals(Instant.parse(created.getString("expiry")), Instant.parse(current.header("X-Assay-Token-Expires")));
        assertFalse(get("/api/v1/api-tokens/" + created.getString("id"), admin()).raw().body().contains(secret));

        Api.Reply renamed = put("/api/v1/api-tokens/" + created.getString("id"), admin(),
                "{\"version\":" + current.body().getInt("version") + ",\"name\":\"" + name + " v2\"}");
        assertEquals(200, renamed.status(), renamed.raw().body());
        assertEquals(name + " v2", renamed.body().getString("name"));
        assertEquals(name + " v2", get("/api/v1/users/current", secret).body().getString("firstName"),
                "the API Token User carries the token's name");

        Api.Reply renewed = post("/api/v1/api-tokens/" + created.getString("id") + "/renew", admin(), "{}");
        assertEquals(201, renewed.status(), renewed.raw().body());
        String newSecret = secret(renewed.body());
        assertNotEquals(secret, newSecret);
        assertNotEquals(created.getString("id"), renewed.body().getString("id"));
        assertEquals(created.getString("id"), renewed.body().getString("renewedFromId"));
        assertEquals(created.getString("userId"), renewed.body().getString("userId"), "same API Token User");
        assertEquals(name + " v2", renewed.body().getString("name"));
        assertEquals(ORGS_RW, renewed.body().getJsonArray("permissions").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString).sorted().toList());

        assertEquals(401, get("/api/v1/api-tokens/current", secret).status(), "the old secret ends at once");
        assertEquals(200, get("/api/v1/api-tokens/current", newSecret).status());
    }

    @Test
    void renewWithAGracePeriodKeepsTheOldSecretUntilItEnds() throws InterruptedException {
        JsonObject created = Api.token(Api.unique("Graceful"), IN_30_DAYS, ORGS_RW, null);
        Instant end = Instant.now().plusSeconds(3);
        Api.Reply renewed = post("/api/v1/api-tokens/" + created.getString("id") + "/renew", admin(),
                "{\"oldTokenEndsAt\":\"" + end + "\"}");
        assertEquals(201, renewed.status(), renewed.raw().body());
        assertEquals(200, get("/api/v1/api-tokens/current", secret(created)).status());
        assertEquals(200, get("/api/v1/api-tokens/current", secret(renewed.body())).status());
        Thread.sleep(Duration.between(Instant.now(), end).toMillis() + 500);
        assertEquals(401, get("/api/v1/api-tokens/current", secret(created)).status());
        assertEquals(200, get("/api/v1/api-tokens/current", secret(renewed.body())).status());

        assertEquals(400, post("/api/v1/api-tokens/" + renewed.body().getString("id") + "/renew", admin(),
                "{\"oldTokenEndsAt\":\"" + Instant.now().plus(Duration.ofDays(8)) + "\"}").status());
        assertEquals(409, post("/api/v1/api-tokens/" + created.getString("id") + "/renew", admin(), "{}").status(),
                "a token already renewed cannot be renewed twice");
    }

    @Test
    void disableStopsTheTokenAndRenewingItIssuesAWorkingOne() {
        JsonObject created = Api.token(Api.unique("Compromised"), IN_30_DAYS, ORGS_RW, null);
        assertEquals(200, get("/api/v1/api-tokens/current", secret(created)).status());
        Api.Reply disabled = post("/api/v1/api-tokens/" + created.getString("id") + "/disable", admin(), "{}");
        assertEquals(200, disabled.status());
        assertNotNull(disabled.body().getString("disabledAt"));
        Api.Reply refused = get("/api/v1/api-tokens/current", secret(created));
        assertEquals(401, refused.status());
        assertTrue(refused.header("WWW-Authenticate").contains("invalid_token"));

        Api.Reply reissued = post("/api/v1/api-tokens/" + created.getString("id") + "/renew", admin(), "{}");
        assertEquals(201, reissued.status(), reissued.raw().body());
        assertEquals(200, get("/api/v1/api-tokens/current", secret(reissued.body())).status());
        assertEquals(401, get("/api/v1/api-tokens/current", secret(created)).status());
    }

    @Test
    void disablingAStolenTokenAlsoDisablesWhatItRenewedItselfInto() {
        JsonObject stolen = Api.token(Api.unique("Stolen"), IN_30_DAYS,
                List.of("api.api-tokens.write", "api.organizations.read"), null);
        Api.Reply selfRenewed = post("/api/v1/api-tokens/" + stolen.getString("id") + "/renew", secret(stolen),
                "{\"oldTokenEndsAt\":\"" + Instant.now().plusSeconds(3600) + "\"}");
        assertEquals(201, selfRenewed.status(), selfRenewed.raw().body());
        assertEquals(200, post("/api/v1/api-tokens/" + stolen.getString("id") + "/disable", admin(), "{}").status());
        assertEquals(401, get("/api/v1/api-tokens/current", secret(stolen)).status());
        assertEquals(401, get("/api/v1/api-tokens/current", secret(selfRenewed.body())).status(),
                "the successor the thief made is disabled too");
    }

    @Test
    void deleteEndsTheTokenForGood() {
        JsonObject created = Api.token(Api.unique("Short lived"), IN_30_DAYS, ORGS_RW, null);
        String id = created.getString("id");
        assertEquals(200, get("/api/v1/api-tokens/current", secret(created)).status());
        assertEquals(204, delete("/api/v1/api-tokens/" + id, admin()).status());
        assertEquals(401, get("/api/v1/api-tokens/current", secret(created)).status());
        assertEquals(404, get("/api/v1/api-tokens/" + id, admin()).status());
        assertEquals(404, post("/api/v1/api-tokens/" + id + "/renew", admin(), "{}").status());
        assertEquals(404, get("/api/v1/users/" + created.getString("userId"), admin()).status(),
                "the API Token User goes with its last token");
        assertEquals(0, post("/api/v1/api-tokens/query", admin(), "{\"id\":\"" + id + "\"}")
                .body().getJsonArray("content").size());
    }

    @Test
    void theApiTokenUserStampsWhatTheTokenDoesAndCannotBeChangedDirectly() {
        String name = Api.unique("Stamper");
        JsonObject created = Api.token(name, IN_30_DAYS, ORGS_RW, null);
        JsonObject me = get("/api/v1/users/current", secret(created)).body();
        assertTrue(me.getBoolean("serviceAccount"));
        assertEquals(created.getString("userId"), me.getString("id"));

        Api.Reply org = post("/api/v1/organizations", secret(created), "{\"name\":\"" + Api.unique("By token") + "\"}");
        assertEquals(201, org.status());
        JsonObject stamp = org.body().getJsonObject("createdUserInfo");
        assertEquals(created.getString("userId"), stamp.getString("userId"));
        assertEquals("(API) " + name, stamp.getString("userName"));

        String userPath = "/api/v1/users/" + created.getString("userId");
        JsonObject tokenUser = get(userPath, admin()).body();
        assertEquals(409, put(userPath, admin(), "{\"version\":" + tokenUser.getInt("version")
                + ",\"enabled\":false,\"role\":\"ROLE_USER\"}").status());
        assertEquals(409, delete(userPath, admin()).status());
        assertEquals(200, get("/api/v1/api-tokens/current", secret(created)).status());
    }

    @Test
    void aTokenOutlivesTheDisablingOfTheAdminWhoMadeIt() {
        String[] otherAdmin = Api.userWithRole("ROLE_ADMIN");
        JsonObject created = Api.token(otherAdmin[1], Api.unique("Orphan"), IN_30_DAYS, ORGS_RW, null);
        JsonObject adminUser = get("/api/v1/users/" + otherAdmin[0], admin()).body();
        assertEquals(200, put("/api/v1/users/" + otherAdmin[0], admin(), "{\"version\":" + adminUser.getInt("version")
                + ",\"enabled\":false,\"role\":\"ROLE_ADMIN\"}").status());
        assertEquals(401, get("/api/v1/users/current", otherAdmin[1]).status());
        assertEquals(200, get("/api/v1/api-tokens/current", secret(created)).status(), "tokens belong to the installation");
    }

    @Test
    void currentWithAJwtIs404() {
        assertEquals(404, get("/api/v1/api-tokens/current", admin()).status());
    }

    @Test
    void allowedAddressesAreEnforcedAndForwardedForIsNotTrustedFromClients() {
        JsonObject loopback = Api.token(Api.unique("Loopback"), IN_30_DAYS, ORGS_RW, List.of("127.0.0.0/8", "::1"));
        assertEquals(200, get("/api/v1/api-tokens/current", secret(loopback)).status());

        JsonObject office = Api.token(Api.unique("Office"), IN_30_DAYS, ORGS_RW, List.of("10.20.0.0/16"));
        assertEquals(401, get("/api/v1/api-tokens/current", secret(office)).status());
        assertEquals(401, RawHttp.get("127.0.0.1", "/api/v1/api-tokens/current", secret(office), "10.20.1.2"),
                "X-Forwarded-For from an untrusted peer is ignored");
        assertEquals(200, RawHttp.get("127.0.0.2", "/api/v1/api-tokens/current", secret(office), "10.20.1.2"),
                "the test server trusts 127.0.0.2 as a proxy");
        assertEquals(401, RawHttp.get("127.0.0.2", "/api/v1/api-tokens/current", secret(office), "10.20.1.2, 192.0.2.7"),
                "the right-most untrusted hop is the client");
    }

    @Test
    void aThousandRequestsCauseAtMostAHandfulOfLastUseWrites() {
        JsonObject created = Api.token(Api.unique("Busy"), IN_30_DAYS, ORGS_RW, null);
        String userPath = "/api/v1/users/" + created.getString("userId");
        int before = get(userPath, admin()).body().getInt("version");
        for (int i = 0; i < 1000; i++) {
            assertEquals(200, get("/api/v1/api-tokens/current", secret(created)).status());
        }
        JsonObject after = get(userPath, admin()).body();
        int writes = after.getInt("version") - before;
        assertTrue(writes >= 1 && writes <= 2, "last-use writes for 1000 requests: " + writes);
        JsonObject login = after.getJsonArray("recentLogins").getJsonObject(0);
        assertEquals("127.0.0.1", login.getString("ipAddress"));
        assertNotNull(Instant.parse(login.getString("timestamp")));
    }

    @Test
    void tokensExpiringSoonCanBeFound() {
        String prefix = Api.unique("Expiring");
        JsonObject soon = Api.token(prefix + " soon", Instant.now().plus(Duration.ofDays(1)), ORGS_RW, null);
        Api.token(prefix + " later", Instant.now().plus(Duration.ofDays(300)), ORGS_RW, null);
        Api.Reply page = post("/api/v1/api-tokens/query", admin(), "{\"name\":{\"$iprefix\":\"" + prefix.toLowerCase()
                + "\"},\"expiry\":{\"$lt\":\"" + Instant.now().plus(Duration.ofDays(7)) + "\"}}");
        assertEquals(200, page.status(), page.raw().body());
        assertEquals(1, page.body().getJsonArray("content").size());
        assertEquals(soon.getString("id"), page.body().getJsonArray("content").getJsonObject(0).getString("id"));
        assertFalse(page.raw().body().contains(secret(soon)));
        assertEquals(1, post("/api/v1/api-tokens/query", admin(), "{\"name\":{\"$iprefix\":\"" + prefix.toLowerCase()
                + "\"},\"permissions\":{\"$contains\":[\"api.organizations.write\"]},\"expiry\":{\"$gt\":\""
                + Instant.now().plus(Duration.ofDays(100)) + "\"}}").body().getJsonArray("content").size());
    }

    @Test
    void noSecretReachesTheServerLog() throws IOException {
        JsonObject created = Api.token(Api.unique("Quiet"), IN_30_DAYS, ORGS_RW, null);
        get("/api/v1/api-tokens/current", secret(created));
        post("/api/v1/api-tokens/" + created.getString("id") + "/disable", admin(), "{}");
        get("/api/v1/api-tokens/current", secret(created)); // refused, and the refusal is logged
        Path log = Path.of(System.getProperty("jboss.home"), "standalone", "it-log", "server.log");
        String text = Files.readString(log);
        assertTrue(text.contains(created.getString("id")), "the refusal is logged with the token id");
        assertFalse(text.contains(secret(created)), "the secret is never logged");
    }
}
