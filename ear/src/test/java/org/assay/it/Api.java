package org.assay.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.File;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/**
 * A small HTTP client for the integration tests: JSON in, status + headers + JSON out, against the managed
 * server's port-offset address. Deliberately independent of the server code, like a partner's script.
 */
final class Api {

    static final String ROOT = "http://127.0.0.1:8180";
    static final String ADMIN_EMAIL = "admin@assay.test";
    static final String ADMIN_PASSWORD = "it-admin-password-1";
    /** The password every user made by {@link #userWithRole} chooses when activating. */
    static final String USER_PASSWORD = "a-long-password-42";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static String adminToken;

    private Api() {
    }

    /** The real EAR built by this module. */
    static EnterpriseArchive ear() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("assay.ear")));
    }

    record Reply(int status, HttpResponse<String> raw, JsonValue json) {

        JsonObject body() {
            return json.asJsonObject();
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        /** The identifier of the first problem of a problem-JSON answer. */
        String firstIdentifier() {
            return body().getJsonArray("problems").getJsonObject(0).getString("identifier", null);
        }
    }

    static synchronized String admin() {
        if (adminToken == null) {
            adminToken = signIn(ADMIN_EMAIL, ADMIN_PASSWORD);
        }
        return adminToken;
    }

    static String signIn(String email, String password) {
        Reply reply = call("POST", "/auth/token", null, "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}");
        if (reply.status() != 200) {
            throw new AssertionError("sign-in of " + email + " failed: " + reply.status() + " " + reply.raw().body());
        }
        return reply.body().getString("access_token");
    }

    static Reply get(String path, String token) {
        return call("GET", path, token, null);
    }

    static Reply post(String path, String token, String json) {
        return call("POST", path, token, json);
    }

    static Reply put(String path, String token, String json) {
        return call("PUT", path, token, json);
    }

    static Reply delete(String path, String token) {
        return call("DELETE", path, token, null);
    }

    static Reply call(String method, String path, String token, String json) {
        return send(method, path, token, json == null ? null : "application/json",
                json == null ? null : json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** Any body with its content type (multipart uploads); JSON answers are parsed as by {@link #call}. */
    static Reply send(String method, String path, String token, String contentType, byte[] body) {
        HttpResponse<String> response = exchange(request(method, path, token, contentType, body),
                HttpResponse.BodyHandlers.ofString());
        return reply(response);
    }

    /** A GET whose answer is kept as bytes (downloads). */
    static HttpResponse<byte[]> download(String path, String token) {
        return exchange(request("GET", path, token, null, null), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpRequest request(String method, String path, String token, String contentType, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ROOT + path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", token.contains(" ") ? token : "Bearer " + token);
        }
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        return request.build();
    }

    private static <T> HttpResponse<T> exchange(HttpRequest request, HttpResponse.BodyHandler<T> handler) {
        try {
            return HTTP.send(request, handler);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A response with its body read as JSON when it is JSON. */
    static Reply reply(HttpResponse<String> response) {
        String text = response.body();
        JsonValue body = text == null || text.isBlank() || !text.trim().startsWith("{") && !text.trim().startsWith("[")
                ? JsonValue.NULL : Json.createReader(new StringReader(text)).readValue();
        return new Reply(response.statusCode(), response, body);
    }

    /** Creates a token as the App Admin; answers the create response (with the secret in {@code token}). */
    static JsonObject token(String name, java.time.Instant expiry, java.util.List<String> permissions,
            java.util.List<String> allowedAddresses) {
        return token(admin(), name, expiry, permissions, allowedAddresses);
    }

    static JsonObject token(String creator, String name, java.time.Instant expiry, java.util.List<String> permissions,
            java.util.List<String> allowedAddresses) {
        jakarta.json.JsonObjectBuilder body = Json.createObjectBuilder().add("name", name)
                .add("expiry", expiry.toString()).add("permissions", Json.createArrayBuilder(permissions));
        if (allowedAddresses != null) {
            body.add("allowedAddresses", Json.createArrayBuilder(allowedAddresses));
        }
        Reply reply = post("/api/v1/api-tokens", creator, body.build().toString());
        if (reply.status() != 201) {
            throw new AssertionError("token creation failed: " + reply.status() + " " + reply.raw().body());
        }
        return reply.body();
    }

    /** A name no earlier test used (the in-memory database lives as long as the test server). */
    static String unique(String prefix) {
        return prefix + " " + System.nanoTime() % 1_000_000_000 + "-" + SEQUENCE.incrementAndGet();
    }

    /** Creates a user with the role, activates it through its link and signs it in; answers {id, token, email}. */
    static String[] userWithRole(String role) {
        String email = unique("user").replace(' ', '-') + "@assay.test";
        Reply created = post("/api/v1/users", admin(), "{\"email\":\"" + email + "\",\"role\":\"" + role + "\"}");
        if (created.status() != 201) {
            throw new AssertionError("user creation failed: " + created.raw().body());
        }
        String link = created.body().getString("activationLink");
        String secret = link.substring(link.indexOf("#token=") + "#token=".length());
        Reply activated = post("/auth/activate", null,
                "{\"token\":\"" + secret + "\",\"password\":\"" + USER_PASSWORD + "\"}");
        if (activated.status() != 204) {
            throw new AssertionError("activation failed: " + activated.raw().body());
        }
        return new String[] {created.body().getString("id"), signIn(email, USER_PASSWORD), email};
    }
}
