package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The self-description of the server: OpenAPI, Swagger UI, health. */
class DocumentationIT extends AgainstTheEar {

    private static HttpResponse<String> fetch(String url) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void openApiDescribesEveryEndpointWithItsPermissionAndErrors() {
        Api.Reply reply = Api.call("GET", "/openapi?format=JSON", null, null);
        assertEquals(200, reply.status());
        JsonObject paths = reply.body().getJsonObject("paths");
        for (String path : new String[] {"/api/v1/organizations", "/api/v1/organizations/{id}", "/api/v1/organizations/query",
            "/api/v1/users", "/api/v1/users/{id}", "/api/v1/users/current", "/api/v1/users/query",
            "/api/v1/users/{id}/resend-activation-link", "/auth/token", "/auth/activate"}) {
            assertTrue(paths.containsKey(path), "OpenAPI lacks " + path + ": " + paths.keySet());
        }
        JsonObject create = paths.getJsonObject("/api/v1/organizations").getJsonObject("post");
        assertEquals("api.organizations.write", create.getString("x-required-permission"));
        assertTrue(create.getString("description").contains("api.organizations.write"));
        JsonObject responses = create.getJsonObject("responses");
        for (String status : new String[] {"400", "401", "403", "409"}) {
            assertTrue(responses.containsKey(status), "create organization documents " + status);
        }
    }

    @Test
    void swaggerUiIsServedLocally() {
        HttpResponse<String> page = fetch(Api.ROOT + "/api/docs/");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("swagger-ui"));
        assertEquals(200, fetch(Api.ROOT + "/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js").statusCode());
        assertEquals(200, fetch(Api.ROOT + "/api/docs/init.js").statusCode());
    }

    @Test
    void healthReportsTheDeploymentReady() {
        HttpResponse<String> ready = fetch("http://127.0.0.1:10090/health/ready");
        assertEquals(200, ready.statusCode(), ready.body());
        assertTrue(ready.body().contains("\"assay.ear\":\"OK\""), ready.body());
        assertEquals(200, fetch("http://127.0.0.1:10090/health/live").statusCode());
    }
}
