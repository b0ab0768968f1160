package org.assay.webhooks.boundary;

import io.smallrye.faulttolerance.api.ExponentialBackoff;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assay.platform.control.Jsons;
import org.assay.webhooks.control.WebhookSignatures;
import org.assay.webhooks.control.WebhookUrls;
import org.assay.webhooks.entity.WebhookAttempt;
import org.eclipse.microprofile.faulttolerance.Retry;

/**
 * One delivery attempt, and the retry policy around it. The attempt signs the stored body with the webhook's
 * Ed25519 key under a fresh {@code webhook-timestamp} and POSTs it; any answer outside 2xx, a timeout or an I/O
 * error fails it, and every attempt is written to the delivery log before the next one starts.
 *
 * <p>Retries are MicroProfile Fault Tolerance's {@code @Retry} with SmallRye's {@code @ExponentialBackoff}: by
 * default 5 retries, the first after 1 s, each following delay doubled (1, 2, 4, 8, 16 s), at most 10 minutes
 * apart. They are configured with Fault Tolerance's own keys (system properties or any config source):
 * {@code org.assay.webhooks.boundary.WebhookSender/send/Retry/maxRetries} and
 * {@code org.assay.webhooks.boundary.WebhookSender/send/Retry/delay} (milliseconds). {@link
 * DeliveryFailedException.Permanent} is not retried.
 */
@ApplicationScoped
public class WebhookSender {

    static final String JSON = "application/json";

    @Inject
    WebhookDeliveries deliveries;

    @Inject
    WebhookKeys keys;

    @Inject
    WebhookSettings settings;

    @Inject
    Clock clock;

    private HttpClient http;

    @PostConstruct
    void client() {
        http = HttpClient.newBuilder().connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();
    }

    @Retry(maxRetries = 5, delay = 1000, delayUnit = ChronoUnit.MILLIS, jitter = 0, maxDuration = 2,
            durationUnit = ChronoUnit.HOURS, retryOn = DeliveryFailedException.class,
            abortOn = DeliveryFailedException.Permanent.class)
    @ExponentialBackoff(factor = 2, maxDelay = 10, maxDelayUnit = ChronoUnit.MINUTES)
    public void send(String deliveryId) {
        WebhookDeliveries.Outgoing outgoing = deliveries.next(deliveryId);
        URI target = URI.create(outgoing.url());
        refuseInternalTarget(target);
        Instant started = clock.instant();
        long timestamp = started.getEpochSecond();
        String signature = WebhookSignatures.sign(keys.signingKey(outgoing.webhookId(), outgoing.sealedKey()),
                outgoing.deliveryId(), timestamp, outgoing.body());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", outgoing.deliveryId());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signature);
        headers.put("content-type", JSON);
        HttpRequest.Builder request = HttpRequest.newBuilder(target).timeout(settings.requestTimeout())
                .POST(HttpRequest.BodyPublishers.ofString(outgoing.body(), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        long startNanos = System.nanoTime();
        Integer status = null;
        String received = null;
        String error = null;
        try {
            HttpResponse<Void> response = http.send(request.build(), HttpResponse.BodyHandlers.discarding());
            status = response.statusCode();
            received = headersJson(response.headers().map());
            if (status < 200 || status > 299) {
                error = "the receiver answered " + status;
            }
        } catch (IOException e) {
            error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            error = "interrupted (server stopping)";
        }
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        Map<String, List<String>> sent = new LinkedHashMap<>();
        headers.forEach((name, value) -> sent.put(name, List.of(value)));
        deliveries.attempted(deliveryId, new WebhookAttempt(started, status, millis, error), headersJson(sent),
                received, error == null);
        if (error != null) {
            throw new DeliveryFailedException(outgoing.url() + ": " + error);
        }
    }

    /** A public name may resolve to an internal address; checked on every attempt. */
    private void refuseInternalTarget(URI target) {
        Optional<String> refused;
        try {
            refused = WebhookUrls.deliverable(target.getHost(), settings.allowLoopback());
        } catch (UnknownHostException e) {
            return; // the attempt itself fails (and is retried): the name may resolve later
        }
        refused.ifPresent(reason -> {
            throw new DeliveryFailedException.Permanent(reason);
        });
    }

    private static String headersJson(Map<String, List<String>> headers) {
        JsonObjectBuilder json = Jsons.PROVIDER.createObjectBuilder();
        headers.forEach((name, values) -> {
            JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
            values.forEach(array::add);
            json.add(name, array);
        });
        return json.build().toString();
    }
}
