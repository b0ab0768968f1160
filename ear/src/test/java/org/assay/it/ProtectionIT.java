package org.assay.it;

import static org.assay.it.Api.admin;
import static org.assay.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;

/**
 * Protection against abuse: per-caller and per-address rate limits, request size limits, response headers. The
 * test server runs with a caller limit of 1,200 requests per minute and 100 failed authentications per minute
 * per address (arquillian.xml).
 */
class ProtectionIT extends AgainstTheEar {

    private static final int CALLER_LIMIT = 1200;

    @Test
    void aFloodingTokenIsThrottledWhileAnotherIsUnaffected() throws Exception {
        Instant expiry = Instant.now().plus(Duration.ofDays(1));
        String flooder = Api.token(Api.unique("Flooder"), expiry, List.of("api.organizations.read"), null).getString("token");
        String neighbour = Api.token(Api.unique("Neighbour"), expiry, List.of("api.organizations.read"), null).getString("token");

        AtomicInteger ok = new AtomicInteger();
        AtomicInteger throttled = new AtomicInteger();
        List<Api.Reply> rejections = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            work.add(pool.submit(() -> {
                for (int i = 0; i < 3 * CALLER_LIMIT / 8; i++) {
                    Api.Reply reply = Api.get("/api/v1/api-tokens/current", flooder);
                    if (reply.status() == 200) {
                        ok.incrementAndGet();
                    } else if (reply.status() == 429) {
                        throttled.incrementAndGet();
                        synchronized (rejections) {
                            if (rejections.isEmpty()) {
                                rejections.add(reply);
                            }
                        }
                    }
                }
            }));
        }
        int neighbourOk = 0;
        for (int i = 0; i < 50; i++) {
            neighbourOk += Api.get("/api/v1/api-tokens/current", neighbour).status() == 200 ? 1 : 0;
        }
        for (Future<?> f : work) {
            f.get();
        }
        pool.shutdown();

        assertEquals(50, neighbourOk, "a second token is not affected by the first one's flood");
        assertTrue(ok.get() >= CALLER_LIMIT && ok.get() < CALLER_LIMIT + 300, "served: " + ok.get());
        assertTrue(throttled.get() >= 3 * CALLER_LIMIT - ok.get() - 10, "throttled: " + throttled.get());
        Api.Reply rejection = rejections.get(0);
        assertEquals("application/problem+json", rejection.header("Content-Type"));
        assertEquals(429, rejection.body().getInt("status"));
        assertTrue(Integer.parseInt(rejection.header("Retry-After")) >= 1);
        assertEquals("\"caller\";q=1200;w=60", rejection.header("RateLimit-Policy"));
        assertTrue(rejection.header("RateLimit").startsWith("\"caller\";r=0;t="), rejection.header("RateLimit"));

        Api.Reply served = Api.get("/api/v1/api-tokens/current", neighbour);
        assertTrue(served.header("RateLimit").startsWith("\"caller\";r="), "every answer tells what is left");
    }

    @Test
    void anAddressSendingBadTokensIsThrottledEvenWithDifferentTokens() {
        String good = Api.token(Api.unique("Innocent"), Instant.now().plus(Duration.ofDays(1)),
                List.of("api.organizations.read"), null).getString("token");
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 130; i++) {
            String guess = "assay_" + Long.toString(new SecureRandom().nextLong() & Long.MAX_VALUE, 36) + i;
            statuses.add(RawHttp.get("127.0.0.3", "/api/v1/api-tokens/current", guess, null));
        }
        assertEquals(401, statuses.get(0));
        assertTrue(statuses.subList(0, 90).stream().allMatch(s -> s == 401), statuses.toString());
        assertEquals(429, statuses.get(statuses.size() - 1), statuses.toString());
        assertEquals(429, RawHttp.get("127.0.0.3", "/api/v1/api-tokens/current", good, null),
                "the throttled address is not heard, even with a valid token");
        assertEquals(200, Api.get("/api/v1/api-tokens/current", good).status(), "other addresses are unaffected");
    }

    @Test
    void anOversizedBodyIs413() throws IOException, InterruptedException {
        String big = "{\"name\":\"" + "x".repeat(1_100_000) + "\"}";
        Api.Reply declared = post("/api/v1/organizations", admin(), big);
        assertEquals(413, declared.status());
        assertEquals("application/problem+json", declared.header("Content-Type"));

        HttpRequest chunked = HttpRequest.newBuilder(URI.create(Api.ROOT + "/api/v1/organizations"))
                .header("Authorization", "Bearer " + admin()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(chunked, HttpResponse.BodyHandlers.ofString());
        assertEquals(413, response.statusCode(), "a body without Content-Length is bounded too");
    }

    @Test
    void oversizedHeadersAre400ProblemJson() throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(Api.ROOT + "/api/v1/users/current"))
                .header("Authorization", "Bearer " + admin()).header("X-Padding", "p".repeat(20_000)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode());
        assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
        assertTrue(response.body().contains("\"identifier\":\"headers\""), response.body());
    }

    @Test
    void anOverDeepQueryIs400() {
        String deep = "{\"name\":\"x\"}";
        for (int i = 0; i < 20; i++) {
            deep = "{\"$and\":[" + deep + "]}";
        }
        Api.Reply reply = post("/api/v1/organizations/query", admin(), deep);
        assertEquals(400, reply.status());
        assertTrue(reply.body().getJsonArray("problems").getJsonObject(0).getString("reason").contains("nest"),
                reply.raw().body());
    }

    @Test
    void securityHeadersOnAnswersAndOnRefusals() {
        Api.Reply answer = Api.get("/api/v1/users/current", admin());
        Api.Reply refusal = Api.get("/api/v1/users/current", null);
        for (Api.Reply reply : List.of(answer, refusal)) {
            assertEquals("nosniff", reply.header("X-Content-Type-Options"));
            assertEquals("DENY", reply.header("X-Frame-Options"));
            assertEquals("no-store", reply.header("Cache-Control"));
            assertNotNull(reply.header("X-Request-Id"));
        }
        assertFalse(answer.raw().headers().firstValue("Strict-Transport-Security").isPresent(), "no HSTS over plain HTTP");
    }

    @Test
    void httpsAnswersCarryHsts() throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(null, new TrustManager[] {new X509TrustManager() {
            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType) {
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return new X509Certificate[0];
            }
        }}, new SecureRandom());
        // the test server's certificate is the self-signed one WildFly generates for "localhost"
        javax.net.ssl.HttpsURLConnection connection = (javax.net.ssl.HttpsURLConnection)
                URI.create("https://127.0.0.1:8543/api/v1/users/current").toURL().openConnection();
        connection.setSSLSocketFactory(trustAll.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        connection.setRequestProperty("Authorization", "Bearer " + admin());
        assertEquals(200, connection.getResponseCode());
        assertTrue(String.valueOf(connection.getHeaderField("Strict-Transport-Security")).startsWith("max-age="));
        connection.disconnect();
    }
}
