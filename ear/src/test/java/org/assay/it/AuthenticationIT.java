package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.assay.it.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Who may call: the embedded issuer, the external identity provider, and every way a credential is refused. */
class AuthenticationIT extends AgainstTheEar {

    @Test
    void adminSignsInAndReadsItself() {
        Api.Reply token = post("/auth/token", null,
                "{\"email\":\"" + Api.ADMIN_EMAIL + "\",\"password\":\"" + Api.ADMIN_PASSWORD + "\"}");
        assertEquals(200, token.status());
        assertEquals("Bearer", token.body().getString("token_type"));
        assertTrue(token.body().getInt("expires_in") > 0);

        Api.Reply me = get("/api/v1/users/current", token.body().getString("access_token"));
        assertEquals(200, me.status());
        assertEquals(Api.ADMIN_EMAIL, me.body().getString("email"));
        assertEquals("ROLE_ADMIN", me.body().getString("role"));
        assertFalse(me.body().containsKey("passwordHash"));
        assertFalse(me.raw().body().contains("pbkdf2"), "no password hash in a read");
        assertTrue(me.body().getJsonArray("recentLogins").size() >= 1, "the sign-in was recorded");
    }

    @Test
    void wrongPasswordIs401WithProblemJson() {
        Api.Reply reply = post("/auth/token", null, "{\"email\":\"" + Api.ADMIN_EMAIL + "\",\"password\":\"wrong-password-123\"}");
        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals(401, reply.body().getInt("status"));
    }

    @Test
    void missingCredentialIs401() {
        Api.Reply reply = get("/api/v1/users/current", null);
        assertEquals(401, reply.status());
        assertNotNull(reply.header("WWW-Authenticate"));
        assertTrue(reply.header("WWW-Authenticate").startsWith("Bearer"));
        assertEquals(401, reply.body().getInt("status"));
        assertNotNull(reply.body().getString("instance"));
    }

    @Test
    void everyApiPathNeedsACredentialEvenWhenUnknown() {
        assertEquals(401, get("/api/v1/no-such-resource", null).status());
        assertEquals(401, post("/api/v1/organizations/query", null, "{}").status());
    }

    @Test
    void malformedHeaderIs401() {
        assertEquals(401, get("/api/v1/users/current", "Basic YWRtaW46YWRtaW4=").status());
        assertEquals(401, get("/api/v1/users/current", "Bearer").status());
        Api.Reply garbage = get("/api/v1/users/current", "Bearer not.a.jwt");
        assertEquals(401, garbage.status());
        assertTrue(garbage.header("WWW-Authenticate").contains("invalid_token"));
    }

    @Test
    void badSignatureIs401() {
        assertEquals(401, get("/api/v1/users/current", Jwts.untrustedToken(Api.ADMIN_EMAIL)).status());
        String genuine = admin();
        String tampered = genuine.substring(0, genuine.lastIndexOf('.') + 1) + "AAAA" + genuine.substring(genuine.lastIndexOf('.') + 5);
        assertEquals(401, get("/api/v1/users/current", tampered).status());
    }

    @Test
    void externalIdentityProviderTokenIsAcceptedForAKnownUser() {
        Api.Reply me = get("/api/v1/users/current", Jwts.idpToken(Api.ADMIN_EMAIL, Instant.now().plusSeconds(300)));
        assertEquals(200, me.status());
        assertEquals(Api.ADMIN_EMAIL, me.body().getString("email"));
        assertEquals(401, get("/api/v1/users/current",
                Jwts.idpToken("stranger@assay.test", Instant.now().plusSeconds(300))).status());
    }

    @Test
    void externalTokensMustVouchForTheEmailAndNameAssayAsAudience() {
        assertEquals(200, get("/api/v1/users/current", Jwts.idpToken(Api.ADMIN_EMAIL, true, "assay")).status());
        assertEquals(401, get("/api/v1/users/current", Jwts.idpToken(Api.ADMIN_EMAIL, null, "assay")).status(),
                "no email_verified claim");
        assertEquals(401, get("/api/v1/users/current", Jwts.idpToken(Api.ADMIN_EMAIL, false, "assay")).status());
        assertEquals(401, get("/api/v1/users/current", Jwts.idpToken(Api.ADMIN_EMAIL, true, "another-app")).status(),
                "a token the provider issued for another application");
    }

    @Test
    void expiredJwtIs401() {
        assertEquals(401, get("/api/v1/users/current",
                Jwts.idpToken(Api.ADMIN_EMAIL, Instant.now().minusSeconds(120))).status());
    }

    @Test
    void disabledUserIsRefusedOnTheNextRequest() {
        String[] user = Api.userWithRole("ROLE_USER");
        assertEquals(200, get("/api/v1/users/current", user[1]).status());

        Api.Reply read = get("/api/v1/users/" + user[0], admin());
        Api.Reply disabled = put("/api/v1/users/" + user[0], admin(),
                "{\"version\":" + read.body().getInt("version") + ",\"enabled\":false,\"role\":\"ROLE_USER\"}");
        assertEquals(200, disabled.status());
        assertFalse(disabled.body().getBoolean("enabled"));

        assertEquals(401, get("/api/v1/users/current", user[1]).status());
    }

    @Test
    void userRoleCannotDoAdminOnlyWrites() {
        String[] user = Api.userWithRole("ROLE_USER");
        Api.Reply reply = post("/api/v1/organizations", user[1], "{\"name\":\"" + Api.unique("Forbidden org") + "\"}");
        assertEquals(403, reply.status());
        assertEquals("application/problem+json", reply.header("Content-Type"));
        assertEquals("INSUFFICIENT_PERMISSION",
                reply.body().getJsonArray("problems").getJsonObject(0).getString("problemType"));
        assertEquals(403, post("/api/v1/users", user[1], "{\"email\":\"x@assay.test\",\"role\":\"ROLE_ADMIN\"}").status());
    }

    @Test
    void activationLinkWorksOnce() {
        String email = Api.unique("once").replace(' ', '-') + "@assay.test";
        Api.Reply created = post("/api/v1/users", admin(), "{\"email\":\"" + email + "\",\"role\":\"ROLE_USER\"}");
        assertEquals(201, created.status());
        assertFalse(created.body().getBoolean("validated"));
        String link = created.body().getString("activationLink");
        String secret = link.substring(link.indexOf("#token=") + 7);
        assertEquals(400, post("/auth/activate", null, "{\"token\":\"" + secret + "\",\"password\":\"short\"}").status());
        assertEquals(204, post("/auth/activate", null, "{\"token\":\"" + secret + "\",\"password\":\"long-enough-password\"}").status());
        assertEquals(400, post("/auth/activate", null, "{\"token\":\"" + secret + "\",\"password\":\"another-long-password\"}").status());
        assertNotNull(Api.signIn(email, "long-enough-password"));
    }
}
