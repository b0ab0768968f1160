package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import org.assay.testkit.ledger.GeneralLedgerGenerator;
import org.assay.testkit.ledger.Settings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Webhooks over HTTP: deliveries reach a receiver started here on 127.0.0.1 (the test server runs with
 * {@code assay.webhooks.allow-loopback=true} and a 200 ms first retry delay), carry the Standard Webhooks headers
 * and a signature that verifies with the published key alone, are retried with back-off, and are logged.
 */
class WebhooksIT extends AgainstTheEar {

    /** What a receiver got: the headers that matter and the body. */
    record Delivery(String id, String timestamp, String signature, String contentType, String body, Instant at) {

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }
    }

    private final List<HttpServer> receivers = new ArrayList<>();
    private final List<String> webhooks = new ArrayList<>();

    @AfterEach
    void stop() {
        webhooks.forEach(id -> Api.delete("/api/v1/webhooks/" + id, Api.admin()));
        receivers.forEach(server -> server.stop(0));
    }

    /** A receiver on a random loopback port; {@code answer} gives the status for the n-th (0-based) request of a body. */
    private String receiver(List<Delivery> received, java.util.function.BiFunction<Delivery, Integer, Integer> answer)
            throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        Map<String, AtomicInteger> perMessage = new ConcurrentHashMap<>();
        server.createContext("/hook", exchange -> {
            Delivery delivery = read(exchange);
            received.add(delivery);
            int n = perMessage.computeIfAbsent(delivery.id(), id -> new AtomicInteger()).getAndIncrement();
            exchange.sendResponseHeaders(answer.apply(delivery, n), -1);
            exchange.close();
        });
        server.start();
        receivers.add(server);
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    private static Delivery read(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        var headers = exchange.getRequestHeaders();
        return new Delivery(headers.getFirst("webhook-id"), headers.getFirst("webhook-timestamp"),
                headers.getFirst("webhook-signature"), headers.getFirst("content-type"), body, Instant.now());
    }

    private static String adminId() {
        return Api.get("/api/v1/users/current", Api.admin()).body().getString("id");
    }

    private JsonObject webhook(String url, String... events) {
        Api.Reply created = Api.post("/api/v1/webhooks", Api.admin(), Json.createObjectBuilder()
                .add("name", Api.unique("hook")).add("url", url).add("technicalContactId", adminId())
                .add("events", Json.createArrayBuilder(List.of(events))).build().toString());
        assertEquals(201, created.status(), created.raw().body());
        webhooks.add(created.body().getString("id"));
        return created.body();
    }

    /** The deliveries of one engagement's event, once {@code count} of them arrived (20 s at most). */
    private static List<Delivery> await(List<Delivery> received, String engagementId, int count)
            throws InterruptedException {
        Predicate<Delivery> about = d -> d.body().contains(engagementId);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (received.stream().filter(about).count() < count && Instant.now().isBefore(deadline)) {
            Thread.sleep(50);
        }
        List<Delivery> mine = received.stream().filter(about).toList();
        assertEquals(count, mine.size(), () -> "deliveries about " + engagementId + ": " + mine);
        return mine;
    }

    /** The delivery log row of one webhook's event, once it has left IN_PROGRESS (20 s at most). */
    private static JsonObject finishedLog(String webhookId) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (true) {
            Api.Reply reply = Api.post("/api/v1/webhook-event-logs/query", Api.admin(),
                    "{\"webhookId\":\"" + webhookId + "\"}");
            assertEquals(200, reply.status(), reply.raw().body());
            JsonArray content = reply.body().getJsonArray("content");
            if (!content.isEmpty() && !"IN_PROGRESS".equals(content.getJsonObject(0).getString("status"))
                    || Instant.now().isAfter(deadline)) {
                assertEquals(1, content.size(), reply.raw().body());
                return content.getJsonObject(0);
            }
            Thread.sleep(100);
        }
    }

    /** The receiver's side: the published {@code whpk_} key, turned into a JDK key with nothing but the JDK. */
    private static PublicKey publicKey(String published) throws Exception {
        assertTrue(published.startsWith("whpk_"), published);
        byte[] raw = Base64.getDecoder().decode(published.substring("whpk_".length()));
        assertEquals(32, raw.length);
        byte[] der = HexFormat.of().parseHex("302a300506032b6570032100" + HexFormat.of().formatHex(raw));
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    private static boolean verifies(PublicKey key, Delivery delivery) throws Exception {
        assertTrue(delivery.signature().startsWith("v1a,"), delivery.signature());
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(key);
        verifier.update((delivery.id() + "." + delivery.timestamp() + "." + delivery.body())
                .getBytes(StandardCharsets.UTF_8));
        return verifier.verify(Base64.getDecoder().decode(delivery.signature().substring(4)));
    }

    /** Assay's token events: a token's creation and deletion are announced, by id and partial token only. */
    @Test
    void tokenLifecycleEventsAreAnnouncedWithoutTheSecret() throws Exception {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        JsonObject hook = webhook(receiver(received, (delivery, n) -> 200), "API_TOKEN_CREATED", "API_TOKEN_DELETED");
        JsonObject token = Api.token(Api.unique("announced"), Instant.now().plus(Duration.ofDays(1)),
                List.of("api.organizations.read"), null);
        Delivery created = await(received, token.getString("id"), 1).get(0);
        assertTrue(verifies(publicKey(hook.getString("publicKey")), created));
        assertEquals("api-token.created", created.json().getString("type"));
        assertEquals(token.getString("partialToken"), created.json().getJsonObject("data").getString("partialToken"));
        assertFalse(created.body().contains(token.getString("token")), "never the secret");
        assertEquals(204, Api.delete("/api/v1/api-tokens/" + token.getString("id"), Api.admin()).status());
        List<Delivery> both = await(received, token.getString("id"), 2);
        assertEquals("api-token.deleted", both.get(1).json().getString("type"));
    }

    /** Issue 7: a finished analysis and a finished export are announced, signed with the published key. */
    @Test
    void finishedAnalysisRunsAndExportsAreAnnounced(@TempDir Path directory) throws Exception {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        JsonObject hook = webhook(receiver(received, (delivery, n) -> 200), "INGESTION_ANALYSIS_COMPLETE",
                "EXPORT_READY");
        PublicKey key = publicKey(hook.getString("publicKey"));
        Path ledger = directory.resolve("gl.csv");
        GeneralLedgerGenerator.write(Settings.defaults(3_000), ledger, directory.resolve("labels.csv"));
        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Announced"));
        JsonObject analysis = partner.analysis(engagement.getString("id"));
        JsonObject file = PartnerFlow.created(partner.importFile(engagement.getString("id"), "GL", "csv", ledger), 201);
        partner.awaitJob(partner.addSource(engagement, analysis, file.getString("id"), true).getString("id"),
                Duration.ofMinutes(2));
        JsonObject run = PartnerFlow.created(Api.post("/api/v1/analyses/" + analysis.getString("id") + "/run",
                partner.token, "{}"), 202);
        assertEquals("COMPLETE", partner.awaitJob(run.getString("id"), Duration.ofMinutes(2)).getString("status"));

        Delivery completed = await(received, run.getString("entityId"), 1).get(0);
        assertTrue(verifies(key, completed), "signed with the published key");
        JsonObject envelope = completed.json();
        assertEquals("analysis.completed", envelope.getString("type"));
        assertEquals(analysis.getString("id"), envelope.getJsonObject("data").getString("analysisId"));
        assertEquals(hook.getString("id"), envelope.getString("senderId"));

        String table = Api.post("/api/v1/data-tables/query", partner.token, "{\"analysisResultId\":{\"$eq\":\""
                + run.getString("entityId") + "\"}}").body().getJsonArray("content").getJsonObject(0).getString("id");
        JsonObject export = PartnerFlow.created(Api.post("/api/v1/data-tables/" + table + "/export", partner.token,
                "{}"), 202);
        assertEquals("COMPLETE", partner.awaitJob(export.getString("id"), Duration.ofMinutes(1)).getString("status"));
        Delivery ready = await(received, export.getString("entityId"), 1).get(0);
        assertTrue(verifies(key, ready));
        assertEquals("export.ready", ready.json().getString("type"));
        assertEquals(export.getString("entityId"), ready.json().getJsonObject("data").getString("fileExportId"));
    }

    @Test
    void aCreatedEngagementIsDeliveredSignedWithTheWebhooksKey() throws Exception {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        JsonObject webhook = webhook(receiver(received, (d, n) -> 204), "ENGAGEMENT_CREATED");
        String webhookId = webhook.getString("id");
        assertEquals("ACTIVE", webhook.getString("status"));
        assertEquals(List.of("ENGAGEMENT_CREATED"), webhook.getJsonArray("events").getValuesAs(
                jakarta.json.JsonString::getString));
        assertNotNull(webhook.getString("keyGenerationTimestamp"));
        assertFalse(webhook.toString().contains("rivate"), "no private key in the answer: " + webhook);
        assertEquals(webhook, Api.get("/api/v1/webhooks/" + webhookId, Api.admin()).body());

        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Hooked"));
        String engagementId = engagement.getString("id");
        Delivery delivery = await(received, engagementId, 1).get(0);

        assertTrue(verifies(publicKey(webhook.getString("publicKey")), delivery), delivery.toString());
        assertTrue(delivery.contentType().startsWith("application/json"), delivery.contentType());
        long sentAt = Long.parseLong(delivery.timestamp());
        assertTrue(Math.abs(sentAt - delivery.at().getEpochSecond()) <= 5, "webhook-timestamp is unix seconds");
        JsonObject envelope = delivery.json();
        assertEquals("engagement.created", envelope.getString("type"));
        assertEquals(webhookId, envelope.getString("senderId"));
        assertEquals("assay", envelope.getString("tenantId"));
        assertEquals(engagement.getJsonObject("createdUserInfo").getString("userId"), envelope.getString("userId"));
        assertEquals(envelope.getString("eventId"), envelope.getJsonObject("data").getString("eventId"));
        assertEquals(engagementId, envelope.getJsonObject("data").getString("engagementId"));
        Instant.parse(envelope.getString("timestamp"));

        JsonObject log = finishedLog(webhookId);
        assertEquals("COMPLETED", log.getString("status"));
        assertEquals(delivery.id(), log.getString("requestId"));
        assertEquals(delivery.body(), log.getString("requestBody"));
        assertEquals("ENGAGEMENT_CREATED", log.getString("eventType"));
        assertEquals(204, log.getInt("responseStatusCode"));
        assertEquals(0, log.getInt("retryCount"));
        assertEquals(delivery.signature(), log.getJsonObject("requestHeaders").getJsonArray("webhook-signature")
                .getString(0));
        assertEquals(log, Api.get("/api/v1/webhook-event-logs/" + log.getString("id"), Api.admin()).body());

        Api.Reply deactivated = Api.put("/api/v1/webhooks/" + webhookId, Api.admin(), Json.createObjectBuilder()
                .add("version", webhook.getInt("version")).add("name", "Paused")
                .add("url", webhook.getString("url")).add("technicalContactId", adminId())
                .add("events", Json.createArrayBuilder().add("ENGAGEMENT_CREATED")).add("status", "INACTIVE")
                .build().toString());
        assertEquals(200, deactivated.status(), deactivated.raw().body());
        assertEquals(webhook.getString("publicKey"), deactivated.body().getString("publicKey"), "the key pair stays");
        String quiet = partner.engagement(partner.organization(), Api.unique("Unheard")).getString("id");
        Thread.sleep(1000);
        assertTrue(received.stream().noneMatch(d -> d.body().contains(quiet)), "an inactive webhook gets nothing");
    }

    @Test
    void aFailingReceiverGetsTheEventAgainWithBackOffAndTheLogShowsEveryAttempt() throws Exception {
        List<Delivery> received = new CopyOnWriteArrayList<>();
        String webhookId = webhook(receiver(received, (d, n) -> n < 2 ? 500 : 200), "ENGAGEMENT_CREATED")
                .getString("id");
        PartnerFlow partner = new PartnerFlow();
        String engagementId = partner.engagement(partner.organization(), Api.unique("Flaky")).getString("id");

        List<Delivery> attempts = await(received, engagementId, 3);
        assertEquals(1, attempts.stream().map(Delivery::id).distinct().count(), "one webhook-id for every retry");
        assertEquals(1, attempts.stream().map(Delivery::body).distinct().count(), "the same body every time");
        PublicKey key = publicKey(Api.get("/api/v1/webhooks/" + webhookId, Api.admin()).body().getString("publicKey"));
        for (Delivery attempt : attempts) {
            assertTrue(verifies(key, attempt), "each attempt is signed anew");
        }
        Duration firstGap = Duration.between(attempts.get(0).at(), attempts.get(1).at());
        Duration secondGap = Duration.between(attempts.get(1).at(), attempts.get(2).at());
        assertTrue(secondGap.compareTo(firstGap) > 0, "exponential back-off: " + firstGap + " then " + secondGap);

        JsonObject log = finishedLog(webhookId);
        assertEquals("COMPLETED", log.getString("status"), log.toString());
        assertEquals(2, log.getInt("retryCount"));
        assertEquals(200, log.getInt("responseStatusCode"));
        JsonArray tries = log.getJsonArray("attempts");
        assertEquals(List.of(500, 500, 200), tries.getValuesAs(JsonObject.class).stream()
                .map(t -> t.getInt("responseStatusCode")).toList());
    }

    @Test
    void anUnreachableReceiverEndsFailedPermanentlyAfterTheRetries() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        String webhookId = webhook("http://127.0.0.1:" + closedPort + "/hook", "ENGAGEMENT_CREATED").getString("id");
        PartnerFlow partner = new PartnerFlow();
        partner.engagement(partner.organization(), Api.unique("Nobody listens"));

        JsonObject log = finishedLog(webhookId);
        assertEquals("FAILED_PERMANENTLY", log.getString("status"), log.toString());
        assertEquals(3, log.getInt("retryCount"), "the test server allows 3 retries");
        assertEquals(4, log.getJsonArray("attempts").size());
        assertFalse(log.containsKey("responseStatusCode"), "nothing answered");
        assertTrue(log.getJsonArray("attempts").getJsonObject(0).getString("error").contains("Connect"),
                log.toString());
    }

    @Test
    void badWebhooksAreRefusedNamingTheField() {
        String admin = adminId();
        String base = "{\"name\":\"Bad\",\"technicalContactId\":\"" + admin + "\",";
        Api.Reply noEvents = Api.post("/api/v1/webhooks", Api.admin(),
                base + "\"url\":\"https://hooks.example.com/a\",\"events\":[]}");
        assertEquals(400, noEvents.status(), noEvents.raw().body());
        assertEquals("events", noEvents.firstIdentifier());

        Api.Reply unknownEvent = Api.post("/api/v1/webhooks", Api.admin(),
                base + "\"url\":\"https://hooks.example.com/a\",\"events\":[\"ENGAGEMENT_CREATED\",\"TOKEN_CREATED\"]}");
        assertEquals(400, unknownEvent.status(), unknownEvent.raw().body());
        assertEquals("events[1]", unknownEvent.firstIdentifier());

        Api.Reply plainHttp = Api.post("/api/v1/webhooks", Api.admin(),
                base + "\"url\":\"http://hooks.example.com/a\",\"events\":[\"ENGAGEMENT_CREATED\"]}");
        assertEquals(400, plainHttp.status(), plainHttp.raw().body());
        assertEquals("url", plainHttp.firstIdentifier());

        Api.Reply internal = Api.post("/api/v1/webhooks", Api.admin(),
                base + "\"url\":\"https://169.254.169.254/latest\",\"events\":[\"ENGAGEMENT_CREATED\"]}");
        assertEquals("url", internal.firstIdentifier());

        Api.Reply nobody = Api.post("/api/v1/webhooks", Api.admin(), "{\"name\":\"Bad\",\"technicalContactId\":"
                + "\"0123456789abcdef01234567\",\"url\":\"https://hooks.example.com/a\",\"events\":[\"USER_DELETED\"]}");
        assertEquals(400, nobody.status());
        assertEquals("technicalContactId", nobody.firstIdentifier());

        Api.Reply unknownProperty = Api.post("/api/v1/webhooks", Api.admin(),
                base + "\"url\":\"https://hooks.example.com/a\",\"events\":[\"USER_DELETED\"],\"secret\":\"x\"}");
        assertEquals(400, unknownProperty.status());
        assertEquals("secret", unknownProperty.firstIdentifier());
    }

    @Test
    void onlyAppAdminsManageWebhooksAndUpdatesNeedTheCurrentVersion() throws Exception {
        String[] auditor = Api.userWithRole("ROLE_USER");
        String body = "{\"name\":\"Mine\",\"technicalContactId\":\"" + adminId() + "\",\"url\":"
                + "\"https://hooks.example.com/a\",\"events\":[\"ANALYSIS_CREATED\",\"ANALYSIS_CREATED\"]}";
        assertEquals(403, Api.post("/api/v1/webhooks", auditor[1], body).status());
        assertEquals(403, Api.post("/api/v1/webhooks/query", auditor[1], "{}").status());
        assertEquals(403, Api.post("/api/v1/webhook-event-logs/query", auditor[1], "{}").status());

        Api.Reply created = Api.post("/api/v1/webhooks", Api.admin(), body);
        assertEquals(201, created.status(), created.raw().body());
        String id = created.body().getString("id");
        assertTrue(created.header("Location").endsWith("/api/v1/webhooks/" + id));
        assertEquals(1, created.body().getJsonArray("events").size(), "events are a set");
        assertEquals(403, Api.get("/api/v1/webhooks/" + id, auditor[1]).status());
        assertEquals(403, Api.delete("/api/v1/webhooks/" + id, auditor[1]).status());

        String update = "{\"version\":0,\"name\":\"Renamed\",\"technicalContactId\":\"" + adminId() + "\",\"url\":"
                + "\"https://hooks.example.com/b\",\"events\":[\"ANALYSIS_DELETED\"],\"status\":\"INACTIVE\"}";
        Api.Reply updated = Api.put("/api/v1/webhooks/" + id, Api.admin(), update);
        assertEquals(200, updated.status(), updated.raw().body());
        assertEquals(1, updated.body().getInt("version"));
        assertEquals("INACTIVE", updated.body().getString("status"));
        Api.Reply stale = Api.put("/api/v1/webhooks/" + id, Api.admin(), update);
        assertEquals(409, stale.status(), stale.raw().body());
        assertEquals("version", stale.firstIdentifier());

        JsonArray found = Api.post("/api/v1/webhooks/query", Api.admin(), "{\"id\":\"" + id + "\"}").body()
                .getJsonArray("content");
        assertEquals(1, found.size());
        assertEquals("Renamed", found.getJsonObject(0).getString("name"));

        assertEquals(204, Api.delete("/api/v1/webhooks/" + id, Api.admin()).status());
        assertEquals(404, Api.get("/api/v1/webhooks/" + id, Api.admin()).status());
    }
}
