package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What tokens may do and be: the permission matrix, no escalation, and every validation rule. */
class ApiTokenRulesIT extends AgainstTheEar {

    private static final Instant IN_30_DAYS = Instant.now().plus(Duration.ofDays(30));

    /** One call per endpoint that exists, with the permission it needs ("" = any valid credential). */
    private record Call(String permission, String method, String path, String body) {
    }

    private static List<Call> calls(String orgId, String userId, String tokenId) {
        return List.of(
                new Call("api.organizations.read", "GET", "/api/v1/organizations/" + orgId, null),
                new Call("api.organizations.read", "POST", "/api/v1/organizations/query", "{}"),
                new Call("api.organizations.write", "POST", "/api/v1/organizations", "{\"name\":\"\"}"),
                new Call("api.organizations.write", "PUT", "/api/v1/organizations/" + orgId, "{\"name\":\"\"}"),
                new Call("api.organizations.delete", "DELETE", "/api/v1/organizations/ffffffffffffffffffffffff", null),
                new Call("api.users.read", "GET", "/api/v1/users/" + userId, null),
                new Call("api.users.read", "POST", "/api/v1/users/query", "{}"),
                new Call("api.users.write", "POST", "/api/v1/users", "{\"email\":\"bad\",\"role\":\"ROLE_USER\"}"),
                new Call("api.users.write", "PUT", "/api/v1/users/" + userId, "{}"),
                new Call("api.users.write", "POST", "/api/v1/users/ffffffffffffffffffffffff/resend-activation-link", "{}"),
                new Call("api.users.delete", "DELETE", "/api/v1/users/ffffffffffffffffffffffff", null),
                new Call("api.api-tokens.read", "GET", "/api/v1/api-tokens/" + tokenId, null),
                new Call("api.api-tokens.read", "POST", "/api/v1/api-tokens/query", "{}"),
                new Call("api.api-tokens.write", "POST", "/api/v1/api-tokens", "{\"name\":\"\"}"),
                new Call("api.api-tokens.write", "PUT", "/api/v1/api-tokens/" + tokenId, "{}"),
                new Call("api.api-tokens.write", "POST", "/api/v1/api-tokens/ffffffffffffffffffffffff/renew", "{}"),
                new Call("api.api-tokens.write", "POST", "/api/v1/api-tokens/ffffffffffffffffffffffff/disable", "{}"),
                new Call("api.api-tokens.delete", "DELETE", "/api/v1/api-tokens/ffffffffffffffffffffffff", null),
                new Call("", "GET", "/api/v1/users/current", null),
                new Call("", "GET", "/api/v1/api-tokens/current", null));
    }

    @Test
    void aTokenCanDoExactlyWhatItsPermissionAllows() {
        String orgId = post("/api/v1/organizations", admin(), "{\"name\":\"" + Api.unique("Matrix") + "\"}").body().getString("id");
        String userId = get("/api/v1/users/current", admin()).body().getString("id");
        String tokenId = Api.token(Api.unique("Matrix target"), IN_30_DAYS, List.of("api.organizations.read"), null)
                .getString("id");
        List<String> permissions = List.of("api.organizations.read", "api.organizations.write", "api.organizations.delete",
                "api.users.read", "api.users.write", "api.users.delete", "api.api-tokens.read", "api.api-tokens.write",
                "api.api-tokens.delete", "api.analyses.read");
        List<String> mismatches = new ArrayList<>();
        for (String permission : permissions) {
            String secret = Api.token(Api.unique("Only " + permission), IN_30_DAYS, List.of(permission), null).getString("token");
            for (Call call : calls(orgId, userId, tokenId)) {
                Api.Reply reply = Api.call(call.method(), call.path(), secret, call.body());
                boolean allowed = call.permission().isEmpty() || call.permission().equals(permission);
                boolean forbidden = reply.status() == 403;
                if (allowed == forbidden || reply.status() == 401 || reply.status() >= 500) {
                    mismatches.add(permission + " → " + call.method() + " " + call.path() + " = " + reply.status());
                }
                if (forbidden) {
                    assertTrue(reply.header("WWW-Authenticate").contains("insufficient_scope"));
                }
            }
        }
        assertTrue(mismatches.isEmpty(), "permission matrix mismatches:\n" + String.join("\n", mismatches));
    }

    @Test
    void aTokenCannotMintMorePowerOrLongerLifeThanItHas() {
        JsonObject minter = Api.token(Api.unique("Minter"), IN_30_DAYS,
                List.of("api.api-tokens.write", "api.api-tokens.read", "api.organizations.read"), null);
        String secret = minter.getString("token");

        JsonObject child = Api.token(secret, Api.unique("Child"), IN_30_DAYS.minusSeconds(60),
                List.of("api.organizations.read"), null);
        assertEquals(201, 201, "a subset with a shorter life is fine: " + child.getString("id"));

        Api.Reply more = post("/api/v1/api-tokens", secret, body(Api.unique("Greedy"), IN_30_DAYS.minusSeconds(60),
                "api.organizations.read", "api.users.read"));
        assertEquals(403, more.status(), more.raw().body());
        Api.Reply longer = post("/api/v1/api-tokens", secret, body(Api.unique("Immortal"),
                IN_30_DAYS.plus(Duration.ofDays(10)), "api.organizations.read"));
        assertEquals(403, longer.status(), longer.raw().body());

        JsonObject stronger = Api.token(Api.unique("Stronger"), IN_30_DAYS,
                List.of("api.organizations.read", "api.users.read"), null);
        assertEquals(403, post("/api/v1/api-tokens/" + stronger.getString("id") + "/renew", secret, "{}").status());
        assertEquals(403, post("/api/v1/api-tokens/" + stronger.getString("id") + "/disable", secret, "{}").status());

        Api.Reply selfLonger = post("/api/v1/api-tokens/" + minter.getString("id") + "/renew", secret,
                "{\"expiry\":\"" + IN_30_DAYS.plus(Duration.ofDays(10)) + "\"}");
        assertEquals(403, selfLonger.status(), "a token cannot renew itself into a longer life");

        Api.Reply selfDefault = post("/api/v1/api-tokens/" + minter.getString("id") + "/renew", secret, "{}");
        assertEquals(201, selfDefault.status(), selfDefault.raw().body());
        assertTrue(!Instant.parse(selfDefault.body().getString("expiry")).isAfter(Instant.parse(minter.getString("expiry"))),
                "a self-renewal keeps at most the old expiry");
    }

    @Test
    void anAddressLimitedTokenCannotHandOutWiderAccessNorRenameStrongerTokens() {
        JsonObject limited = Api.token(Api.unique("Limited minter"), IN_30_DAYS,
                List.of("api.api-tokens.write", "api.organizations.read"), List.of("127.0.0.0/8"));
        String secret = limited.getString("token");
        assertEquals(403, post("/api/v1/api-tokens", secret, body(Api.unique("Anywhere"), IN_30_DAYS.minusSeconds(60),
                "api.organizations.read")).status(), "no address limit is wider than 127.0.0.0/8");
        Api.Reply narrower = post("/api/v1/api-tokens", secret, "{\"name\":\"" + Api.unique("Narrow") + "\",\"expiry\":\""
                + IN_30_DAYS.minusSeconds(60) + "\",\"permissions\":[\"api.organizations.read\"],"
                + "\"allowedAddresses\":[\"127.0.0.1\"]}");
        assertEquals(201, narrower.status(), narrower.raw().body());

        JsonObject stronger = Api.token(Api.unique("Stronger to rename"), IN_30_DAYS,
                List.of("api.organizations.read", "api.users.read"), null);
        assertEquals(403, Api.put("/api/v1/api-tokens/" + stronger.getString("id"), secret,
                "{\"version\":0,\"name\":\"hijacked\"}").status());
    }

    private static String body(String name, Instant expiry, String... permissions) {
        return "{\"name\":\"" + name + "\",\"expiry\":\"" + expiry + "\",\"permissions\":[\""
                + String.join("\",\"", permissions) + "\"]}";
    }

    private static void assertInvalid(String body, String identifier) {
        Api.Reply reply = post("/api/v1/api-tokens", admin(), body);
        assertEquals(400, reply.status(), body + " → " + reply.raw().body());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertTrue(reply.body().getJsonArray("problems").stream()
                        .anyMatch(p -> identifier.equals(p.asJsonObject().getString("identifier", null))),
                identifier + " not named in " + reply.raw().body());
    }

    @Test
    void everyValidationRuleIsA400NamingThePropertyAndPersistsNothing() {
        String name = Api.unique("Invalid");
        String perms = ",\"permissions\":[\"api.organizations.read\"]";
        String expiry = ",\"expiry\":\"" + IN_30_DAYS + "\"";
        assertInvalid("{\"expiry\":\"" + IN_30_DAYS + "\"" + perms + "}", "name");
        assertInvalid("{\"name\":\"  \"" + expiry + perms + "}", "name");
        assertInvalid("{\"name\":\"" + "n".repeat(81) + "\"" + expiry + perms + "}", "name");
        assertInvalid("{\"name\":\"" + name + "\"" + perms + "}", "expiry");
        assertInvalid("{\"name\":\"" + name + "\",\"expiry\":\"2030-01-01T00:00:00\"" + perms + "}", "expiry");
        assertInvalid("{\"name\":\"" + name + "\",\"expiry\":\"" + Instant.now().minusSeconds(60) + "\"" + perms + "}", "expiry");
        assertInvalid("{\"name\":\"" + name + "\",\"expiry\":\"" + Instant.now().plus(Duration.ofDays(3 * 365)) + "\"" + perms + "}", "expiry");
        assertInvalid("{\"name\":\"" + name + "\",\"expiry\":\"" + Instant.now().plus(Duration.ofDays(500)) + "\"" + perms + "}", "expiry");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + "}", "permissions");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + ",\"permissions\":[]}", "permissions");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + ",\"permissions\":[\"api.organizations.read\",\"api.everything\"]}",
                "permissions[1]");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + perms + ",\"allowedAddresses\":[\"10.0.0.1\",\"300.1.1.1\"]}",
                "allowedAddresses[1]");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + perms + ",\"allowedAddresses\":[\"10.0.0.0/33\"]}",
                "allowedAddresses[0]");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + perms + ",\"allowedAddresses\":[\"example.com\"]}",
                "allowedAddresses[0]");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + perms + ",\"allowedAddresses\":[\"fe80::1%eth0\"]}",
                "allowedAddresses[0]");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + perms + ",\"token\":\"assay_x\"}", "token");
        assertInvalid("{\"name\":\"" + name + "\"" + expiry + ",\"permissions\":\"api.organizations.read\"}", "permissions");

        assertEquals(0, post("/api/v1/api-tokens/query", admin(), "{\"name\":\"" + name + "\"}")
                .body().getJsonArray("content").size(), "nothing of a rejected request is persisted");
        assertEquals(0, post("/api/v1/users/query", admin(), "{\"firstName\":\"" + name + "\"}")
                .body().getJsonArray("content").size(), "no API Token User was left behind");

        assertEquals(201, post("/api/v1/api-tokens", admin(), "{\"name\":\"" + name + "\"" + expiry + perms
                + ",\"allowedAddresses\":[\"192.168.0.0/16\",\"2001:db8::/32\",\"::1\"]}").status());
    }

    @Test
    void liveTokenNamesAreUnique() {
        String name = Api.unique("Unique token");
        JsonObject first = Api.token(name, IN_30_DAYS, List.of("api.organizations.read"), null);
        Api.Reply again = post("/api/v1/api-tokens", admin(), body(name.toUpperCase(), IN_30_DAYS, "api.organizations.read"));
        assertEquals(409, again.status());
        assertEquals("name", again.firstIdentifier());
        post("/api/v1/api-tokens/" + first.getString("id") + "/disable", admin(), "{}");
        assertEquals(201, post("/api/v1/api-tokens", admin(), body(name, IN_30_DAYS, "api.organizations.read")).status(),
                "a disabled token no longer holds its name");
    }
}
