package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.File;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ArchivePaths;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs inside the server, next to the database: alters one stored audit record behind the application's back and
 * checks that {@code GET /audit-events/verify} names exactly that record. The record is restored afterwards.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTamperIT {

    @Deployment
    static EnterpriseArchive deployment() {
        EnterpriseArchive ear = ShrinkWrap.createFromZipFile(EnterpriseArchive.class,
                new File(System.getProperty("assay.ear")));
        WebArchive web = ear.getAsType(WebArchive.class, "api-web.war");
        web.addClass(AuditTamperIT.class);
        ear.delete(ArchivePaths.create("api-web.war"));
        return ear.addAsModule(web);
    }

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    private static JsonObject call(String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:8180" + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        String answer = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(answer)).readObject();
    }

    @Test
    void verifyNamesExactlyTheAlteredRecord() throws Exception {
        String admin = call("POST", "/auth/token", null,
                "{\"email\":\"admin@assay.test\",\"password\":\"it-admin-password-1\"}").getString("access_token");
        call("GET", "/api/v1/users/current", admin, null); // make sure there is something to chain
        Thread.sleep(1500);
        assertTrue(call("GET", "/api/v1/audit-events/verify", admin, null).getBoolean("intact"));

        String id;
        String original;
        try (Connection connection = database.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "select id, detail from audit_event order by node, sequence")) {
            ResultSet rows = select.executeQuery();
            assertTrue(rows.next() && rows.next() && rows.next(), "at least three records");
            id = rows.getString(1);
            original = rows.getString(2);
        }
        update(id, "tampered with");
        try {
            JsonObject verdict = call("GET", "/api/v1/audit-events/verify", admin, null);
            assertFalse(verdict.getBoolean("intact"));
            assertEquals(id, verdict.getString("firstBrokenId"));
            assertTrue(verdict.getString("reason").contains("altered"), verdict.toString());
        } finally {
            update(id, original);
        }
        assertTrue(call("GET", "/api/v1/audit-events/verify", admin, null).getBoolean("intact"));
    }

    private void update(String id, String detail) throws Exception {
        try (Connection connection = database.getConnection();
                PreparedStatement update = connection.prepareStatement("update audit_event set detail = ? where id = ?")) {
            update.setString(1, detail);
            update.setString(2, id);
            assertEquals(1, update.executeUpdate());
        }
    }
}
