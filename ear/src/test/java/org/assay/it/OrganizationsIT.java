package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.delete;
import static org.assay.it.Api.get;
import static org.assay.it.Api.post;
import static org.assay.it.Api.put;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

/** {@code /organizations}: the first complete resource, and with it the API conventions every resource shares. */
class OrganizationsIT extends AgainstTheEar {

    private static JsonObject create(String name) {
        Api.Reply reply = post("/api/v1/organizations", admin(), "{\"name\":\"" + name + "\"}");
        assertEquals(201, reply.status(), reply.raw().body());
        return reply.body();
    }

    @Test
    void createReadUpdateDelete() {
        String name = Api.unique("Acme");
        Api.Reply created = post("/api/v1/organizations", admin(),
                "{\"name\":\"" + name + "\",\"externalClientCode\":\"AC-1\"}");
        assertEquals(201, created.status());
        String id = created.body().getString("id");
        assertTrue(id.matches("[0-9a-f]{24}"), id);
        assertTrue(created.header("Location").endsWith("/api/v1/organizations/" + id));
        assertEquals(0, created.body().getInt("version"));
        JsonObject stamp = created.body().getJsonObject("createdUserInfo");
        assertEquals(get("/api/v1/users/current", admin()).body().getString("id"), stamp.getString("userId"));
        assertNotNull(stamp.getString("userName"));

        Api.Reply read = get("/api/v1/organizations/" + id, admin());
        assertEquals(200, read.status());
        assertEquals(created.body(), read.body(), "a read shows exactly what the create answered");

        Api.Reply updated = put("/api/v1/organizations/" + id, admin(),
                "{\"version\":0,\"name\":\"" + name + " renamed\",\"externalClientCode\":\"AC-2\",\"managerUserIds\":[]}");
        assertEquals(200, updated.status(), updated.raw().body());
        assertEquals(1, updated.body().getInt("version"));
        assertEquals(name + " renamed", updated.body().getString("name"));

        assertEquals(204, delete("/api/v1/organizations/" + id, admin()).status());
        assertEquals(404, get("/api/v1/organizations/" + id, admin()).status());
        assertEquals(404, delete("/api/v1/organizations/" + id, admin()).status());
    }

    @Test
    void nullFieldsAreAbsentAndDateTimesCarryAnOffset() {
        JsonObject created = create(Api.unique("No code"));
        assertFalse(created.containsKey("externalClientCode"), "null properties are omitted, not null");
        for (String field : new String[] {"creationDate", "lastModifiedDate"}) {
            String value = created.getString(field);
            assertNotNull(OffsetDateTime.parse(value), field + " = " + value + " must parse with an offset");
        }
    }

    @Test
    void staleVersionIs409() {
        JsonObject org = create(Api.unique("Versioned"));
        String path = "/api/v1/organizations/" + org.getString("id");
        assertEquals(200, put(path, admin(), "{\"version\":0,\"name\":\"" + Api.unique("First") + "\"}").status());
        Api.Reply stale = put(path, admin(), "{\"version\":0,\"name\":\"" + Api.unique("Second") + "\"}");
        assertEquals(409, stale.status());
        assertEquals("version", stale.firstIdentifier());
        assertEquals(400, put(path, admin(), "{\"name\":\"no version\"}").status());
    }

    @Test
    void duplicateNameIs409IgnoringCase() {
        String name = Api.unique("Dup Org");
        create(name);
        Api.Reply again = post("/api/v1/organizations", admin(), "{\"name\":\"  " + name.toUpperCase() + " \"}");
        assertEquals(409, again.status());
        assertEquals("NON_UNIQUE_VALUE", again.body().getJsonArray("problems").getJsonObject(0).getString("problemType"));
        assertEquals("name", again.firstIdentifier());

        JsonObject other = create(Api.unique("Other Org"));
        Api.Reply rename = put("/api/v1/organizations/" + other.getString("id"), admin(),
                "{\"version\":0,\"name\":\"" + name + "\"}");
        assertEquals(409, rename.status());
    }

    @Test
    void invalidBodiesAre400NamingTheProperty() {
        Api.Reply unknown = post("/api/v1/organizations", admin(), "{\"name\":\"x\",\"colour\":\"red\"}");
        assertEquals(400, unknown.status());
        assertEquals("application/problem+json", unknown.header("Content-Type"));
        assertEquals("colour", unknown.firstIdentifier());

        Api.Reply wrongType = post("/api/v1/organizations", admin(), "{\"name\":42}");
        assertEquals(400, wrongType.status());
        assertEquals("name", wrongType.firstIdentifier());
        assertEquals("INCORRECT_DATA_TYPE", wrongType.body().getJsonArray("problems").getJsonObject(0).getString("problemType"));

        Api.Reply tooLong = post("/api/v1/organizations", admin(), "{\"name\":\"" + "n".repeat(81) + "\"}");
        assertEquals(400, tooLong.status());
        assertEquals("name", tooLong.firstIdentifier());
        assertEquals(201, post("/api/v1/organizations", admin(),
                "{\"name\":\"" + Api.unique("n").replace(' ', 'n') + "n".repeat(60) + "\"}").status());

        assertEquals(400, post("/api/v1/organizations", admin(), "{\"name\":\"   \"}").status());
        assertEquals(400, post("/api/v1/organizations", admin(), "not json").status());
        assertEquals(400, post("/api/v1/organizations", admin(), "[]").status());
        assertEquals(400, post("/api/v1/organizations", admin(), "").status());
    }

    @Test
    void readOnlyPropertiesInABodyAreIgnored() {
        String name = Api.unique("Echo");
        Api.Reply reply = post("/api/v1/organizations", admin(),
                "{\"name\":\"" + name + "\",\"id\":\"aaaaaaaaaaaaaaaaaaaaaaaa\",\"creationDate\":\"2020-01-01T00:00:00Z\"}");
        assertEquals(201, reply.status());
        assertFalse("aaaaaaaaaaaaaaaaaaaaaaaa".equals(reply.body().getString("id")));
    }

    @Test
    void aRejectedRequestPersistsNothing() {
        String name = Api.unique("Half written");
        Api.Reply reply = post("/api/v1/organizations", admin(),
                "{\"name\":\"" + name + "\",\"managerUserIds\":[\"bbbbbbbbbbbbbbbbbbbbbbbb\"]}");
        assertEquals(400, reply.status());
        assertEquals("managerUserIds", reply.firstIdentifier());
        assertEquals("bbbbbbbbbbbbbbbbbbbbbbbb",
                reply.body().getJsonArray("problems").getJsonObject(0).getJsonArray("values").getString(0));
        Api.Reply query = post("/api/v1/organizations/query", admin(), "{\"name\":\"" + name + "\"}");
        assertEquals(0, query.body().getJsonArray("content").size());
    }

    @Test
    void managersMustBeExistingUsers() {
        String adminId = get("/api/v1/users/current", admin()).body().getString("id");
        Api.Reply reply = post("/api/v1/organizations", admin(),
                "{\"name\":\"" + Api.unique("Managed") + "\",\"managerUserIds\":[\"" + adminId + "\"]}");
        assertEquals(201, reply.status());
        assertEquals(adminId, reply.body().getJsonArray("managerUserIds").getString(0));
    }

    @Test
    void queryPagesFiltersAndEndsWithAnEmptyPage() {
        String prefix = Api.unique("Paged");
        for (String suffix : new String[] {"alpha", "beta", "gamma"}) {
            create(prefix + " " + suffix);
        }
        String filter = "{\"name\":{\"$iprefix\":\"" + prefix.toLowerCase() + "\"}}";
        Api.Reply first = post("/api/v1/organizations/query?page=0&size=2&sort=name,desc", admin(), filter);
        assertEquals(200, first.status());
        JsonObject page = first.body();
        assertEquals(2, page.getJsonArray("content").size());
        assertEquals(prefix + " gamma", page.getJsonArray("content").getJsonObject(0).getString("name"));
        assertEquals(3, page.getInt("totalElements"));
        assertEquals(2, page.getInt("totalPages"));
        for (String field : new String[] {"pageNumber", "numberOfElements", "pageSize", "first", "last", "size",
            "number", "pageable", "sort"}) {
            assertTrue(page.containsKey(field), field);
        }
        Api.Reply second = post("/api/v1/organizations/query?page=1&size=2&sort=name,desc", admin(), filter);
        assertEquals(1, second.body().getJsonArray("content").size());
        Api.Reply past = post("/api/v1/organizations/query?page=7&size=2", admin(), filter);
        assertEquals(200, past.status());
        assertEquals(0, past.body().getJsonArray("content").size());

        assertTrue(post("/api/v1/organizations/query?page=0", admin(), "{}").body().getJsonArray("content").size() > 0);
        assertEquals(1, post("/api/v1/organizations/query", admin(),
                "{\"$and\":[{\"name\":{\"$iprefix\":\"" + prefix.toLowerCase() + "\"}},{\"name\":{\"$isubstr\":\"BETA\"}}]}")
                .body().getJsonArray("content").size());
    }

    @Test
    void badQueriesAre400NamingTheCulprit() {
        Api.Reply operator = post("/api/v1/organizations/query", admin(), "{\"name\":{\"$regex\":\"a.*\"}}");
        assertEquals(400, operator.status());
        assertTrue(operator.firstIdentifier().contains("$regex"), operator.firstIdentifier());
        assertEquals("secret", post("/api/v1/organizations/query", admin(), "{\"secret\":1}").firstIdentifier());
        assertEquals("page", post("/api/v1/organizations/query?page=abc", admin(), "{}").firstIdentifier());
        assertEquals("size", post("/api/v1/organizations/query?size=1000", admin(), "{}").firstIdentifier());
        assertEquals("sort", post("/api/v1/organizations/query?sort=colour,asc", admin(), "{}").firstIdentifier());
    }

    @Test
    void anOrganizationAdminSeesOnlyWhatItManages() {
        String[] orgAdmin = Api.userWithRole("ROLE_ORGANIZATION_ADMIN");
        JsonObject foreign = create(Api.unique("Foreign"));
        Api.Reply own = post("/api/v1/organizations", orgAdmin[1], "{\"name\":\"" + Api.unique("Own") + "\"}");
        assertEquals(201, own.status());
        assertTrue(own.body().getJsonArray("managerUserIds").getString(0).equals(orgAdmin[0]));

        assertEquals(404, get("/api/v1/organizations/" + foreign.getString("id"), orgAdmin[1]).status());
        assertEquals(404, delete("/api/v1/organizations/" + foreign.getString("id"), orgAdmin[1]).status());
        Api.Reply visible = post("/api/v1/organizations/query?size=100", orgAdmin[1], "{}");
        assertEquals(1, visible.body().getJsonArray("content").size());
        assertEquals(own.body().getString("id"), visible.body().getJsonArray("content").getJsonObject(0).getString("id"));
    }

    @Test
    void jsonIsAnsweredWhateverTheAcceptHeader() {
        JsonObject org = create(Api.unique("Accept"));
        java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(Api.ROOT + "/api/v1/organizations/" + org.getString("id")))
                .header("Authorization", "Bearer " + admin()).header("Accept", "text/html").build();
        try {
            var response = java.net.http.HttpClient.newHttpClient().send(request,
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(""));
        } catch (java.io.IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
