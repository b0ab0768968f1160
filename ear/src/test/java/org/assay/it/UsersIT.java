package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.delete;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.assay.it.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** {@code /users}: invitation, roles, enabling, the safety rules around App Admins. */
class UsersIT extends AgainstTheEar {

    private static String email() {
        return Api.unique("u").replace(' ', '-') + "@assay.test";
    }

    @Test
    void invitedUserHasAnActivationLinkAndNoSecretsInReads() {
        Api.Reply created = post("/api/v1/users", admin(), "{\"email\":\"" + email() + "\",\"role\":\"ROLE_USER\"}");
        assertEquals(201, created.status());
        JsonObject user = created.body();
        assertTrue(user.getString("activationLink").contains("/activate.html#token="));
        assertFalse(user.getBoolean("validated"));
        assertFalse(user.getBoolean("serviceAccount"));
        assertTrue(user.getBoolean("enabled"));

        Api.Reply read = get("/api/v1/users/" + user.getString("id"), admin());
        assertFalse(read.body().containsKey("activationLink"), "the link is shown to the admin only when issued");
        assertFalse(read.raw().body().toLowerCase().contains("password"));

        Api.Reply resent = post("/api/v1/users/" + user.getString("id") + "/resend-activation-link", admin(), "{}");
        assertEquals(200, resent.status());
        assertNotEquals(user.getString("activationLink"), resent.body().getString("activationLink"));
    }

    @Test
    void duplicateEmailIs409AndBadValuesAre400() {
        String email = email();
        assertEquals(201, post("/api/v1/users", admin(), "{\"email\":\"" + email + "\",\"role\":\"ROLE_USER\"}").status());
        Api.Reply again = post("/api/v1/users", admin(), "{\"email\":\"" + email.toUpperCase() + "\",\"role\":\"ROLE_USER\"}");
        assertEquals(409, again.status());
        assertEquals("USER_EMAIL_ALREADY_EXISTS", again.body().getJsonArray("problems").getJsonObject(0).getString("problemType"));

        Api.Reply badRole = post("/api/v1/users", admin(), "{\"email\":\"" + email() + "\",\"role\":\"ROLE_KING\"}");
        assertEquals(400, badRole.status());
        assertEquals("role", badRole.firstIdentifier());
        assertEquals("email", post("/api/v1/users", admin(), "{\"email\":\"not-an-email\",\"role\":\"ROLE_USER\"}").firstIdentifier());
    }

    @Test
    void queryByRoleFindsTheAdmin() {
        Api.Reply page = post("/api/v1/users/query?page=0", admin(), "{\"role\":\"ROLE_ADMIN\"}");
        assertEquals(200, page.status());
        assertTrue(page.body().getJsonArray("content").stream()
                .anyMatch(u -> u.asJsonObject().getString("email").equals(Api.ADMIN_EMAIL)));
        assertEquals(0, post("/api/v1/users/query?page=99", admin(), "{}").body().getJsonArray("content").size());
    }

    @Test
    void roleChangeTakesEffectOnTheNextRequest() {
        String[] user = Api.userWithRole("ROLE_USER");
        assertEquals(403, post("/api/v1/organizations", user[1], "{\"name\":\"" + Api.unique("Later") + "\"}").status());
        int version = get("/api/v1/users/" + user[0], admin()).body().getInt("version");
        assertEquals(200, put("/api/v1/users/" + user[0], admin(),
                "{\"version\":" + version + ",\"role\":\"ROLE_ORGANIZATION_ADMIN\",\"enabled\":true}").status());
        assertEquals(201, post("/api/v1/organizations", user[1], "{\"name\":\"" + Api.unique("Later") + "\"}").status());
    }

    @Test
    void onlyAnAppAdminMayMakeAppAdmins() {
        String[] userAdmin = Api.userWithRole("ROLE_USER_ADMIN");
        // the creator receives the activation link, so it may only create roles whose permissions it holds
        assertEquals(201, post("/api/v1/users", userAdmin[1], "{\"email\":\"" + email() + "\",\"role\":\"ROLE_USER_ADMIN\"}").status());
        assertEquals(403, post("/api/v1/users", userAdmin[1], "{\"email\":\"" + email() + "\",\"role\":\"ROLE_USER\"}").status());
        Api.Reply escalate = post("/api/v1/users", userAdmin[1], "{\"email\":\"" + email() + "\",\"role\":\"ROLE_ADMIN\"}");
        assertEquals(403, escalate.status());
    }

    @Test
    void aUserAdminCannotTakeOverAPendingAdminOrGrantRolesItDoesNotHold() {
        Api.Reply pendingAdmin = post("/api/v1/users", admin(), "{\"email\":\"" + email() + "\",\"role\":\"ROLE_ADMIN\"}");
        assertEquals(201, pendingAdmin.status());
        String[] userAdmin = Api.userWithRole("ROLE_USER_ADMIN");
        assertEquals(403, post("/api/v1/users/" + pendingAdmin.body().getString("id") + "/resend-activation-link",
                userAdmin[1], "{}").status(), "a fresh link would hand the admin account over");
        assertEquals(403, post("/api/v1/users", userAdmin[1],
                "{\"email\":\"" + email() + "\",\"role\":\"ROLE_ORGANIZATION_ADMIN\"}").status());
        JsonObject self = get("/api/v1/users/" + userAdmin[0], admin()).body();
        assertEquals(403, put("/api/v1/users/" + userAdmin[0], userAdmin[1], "{\"version\":" + self.getInt("version")
                + ",\"role\":\"ROLE_USER\",\"enabled\":true}").status(), "nobody changes their own role");
    }

    @Test
    void theLastAppAdminCannotBeRemovedAndNobodyDeletesThemselves() {
        JsonObject me = get("/api/v1/users/current", admin()).body();
        Api.Reply demote = put("/api/v1/users/" + me.getString("id"), admin(),
                "{\"version\":" + me.getInt("version") + ",\"role\":\"ROLE_USER\",\"enabled\":true}");
        assertEquals(403, demote.status(), "nobody changes their own role");
        Api.Reply disableSelf = put("/api/v1/users/" + me.getString("id"), admin(),
                "{\"version\":" + me.getInt("version") + ",\"role\":\"ROLE_ADMIN\",\"enabled\":false}");
        assertEquals(403, disableSelf.status(), "nobody disables themselves");
        assertEquals(409, delete("/api/v1/users/" + me.getString("id"), admin()).status());
        assertEquals(Api.ADMIN_EMAIL, get("/api/v1/users/current", admin()).body().getString("email"));
    }

    @Test
    void usersCanBeDeletedAndStopManagingOrganizations() {
        Api.Reply created = post("/api/v1/users", admin(), "{\"email\":\"" + email() + "\",\"role\":\"ROLE_CLIENT\"}");
        String id = created.body().getString("id");
        Api.Reply org = post("/api/v1/organizations", admin(),
                "{\"name\":\"" + Api.unique("Managed by a leaver") + "\",\"managerUserIds\":[\"" + id + "\"]}");
        assertEquals(201, org.status());

        assertEquals(204, delete("/api/v1/users/" + id, admin()).status());
        assertEquals(404, get("/api/v1/users/" + id, admin()).status());
        assertEquals(404, get("/api/v1/users/not-an-id", admin()).status());
        Api.Reply after = get("/api/v1/organizations/" + org.body().getString("id"), admin());
        assertEquals(0, after.body().getJsonArray("managerUserIds").size());
    }
}
