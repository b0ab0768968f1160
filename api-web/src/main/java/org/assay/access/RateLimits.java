package org.assay.access;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;

/**
 * Token-bucket rate limits (bucket4j), per caller: each API token or signed-in user, each client address for
 * anonymous requests, and each client address for failed authentications (brute force). Limits come from
 * MicroProfile Config as {@code assay.rate-limit.<policy>.limit} requests per {@code .window}. Buckets live in this
 * node's memory: with several nodes behind a load balancer each node enforces the limit on its own share.
 */
@ApplicationScoped
public class RateLimits {

    /** A limit and its own buckets. {@code name} appears in the RateLimit headers. */
    public enum Policy {
        CALLER("caller", 600, Duration.ofMinutes(1)),
        ANONYMOUS("anonymous", 300, Duration.ofMinutes(1)),
        FAILURES("failures", 20, Duration.ofMinutes(5));

        final String name;
        final long defaultLimit;
        final Duration defaultWindow;

        Policy(String name, long defaultLimit, Duration defaultWindow) {
            this.name = name;
            this.defaultLimit = defaultLimit;
            this.defaultWindow = defaultWindow;
        }
    }

    /** The outcome of taking (or looking at) one request's worth from a bucket. */
    public record Decision(Policy policy, boolean allowed, long limit, long windowSeconds, long remaining,
            long resetSeconds) {

        /** {@code RateLimit-Policy} (draft-ietf-httpapi-ratelimit-headers). */
        public String policyHeader() {
            return "\"" + policy.name + "\";q=" + limit + ";w=" + windowSeconds;
        }

        /** {@code RateLimit}: what is left and in how many seconds the bucket is full again. */
        public String stateHeader() {
            return "\"" + policy.name + "\";r=" + remaining + ";t=" + resetSeconds;
        }
    }

    private static final int PURGE_ABOVE = 10_000;

    @Inject
    Config config;

    private boolean enabled;
    private final Map<Policy, Limit> limits = new ConcurrentHashMap<>();
    private final java.util.Set<String> bursting = ConcurrentHashMap.newKeySet();

    private record Limit(long capacity, Duration window, Map<String, Bucket> buckets) {
    }

    @PostConstruct
    void configure() {
        enabled = config.getOptionalValue("assay.rate-limit.enabled", Boolean.class).orElse(true);
        for (Policy policy : Policy.values()) {
            String prefix = "assay.rate-limit." + policy.name;
            long capacity = config.getOptionalValue(prefix + ".limit", Long.class).orElse(policy.defaultLimit);
            Duration window = config.getOptionalValue(prefix + ".window", String.class).map(Duration::parse)
                    .orElse(policy.defaultWindow);
            limits.put(policy, new Limit(capacity, window, new ConcurrentHashMap<>()));
        }
    }

    /** Whether this refusal starts a burst for the key (true only for the first refusal until it is let in again). */
    public boolean startsBurst(Policy policy, String key) {
        return bursting.add(policy.name + ":" + key);
    }

    /** Ends the key's burst, if it had one: its next refusal starts a new one. */
    public void endBurst(Policy policy, String key) {
        if (!bursting.isEmpty()) {
            bursting.remove(policy.name + ":" + key);
        }
    }

    public boolean enabled() {
        return enabled;
    }

    /** Takes one request from the key's bucket. */
    public Decision consume(Policy policy, String key) {
        Limit limit = limits.get(policy);
        ConsumptionProbe probe = bucket(limit, key).tryConsumeAndReturnRemaining(1);
        return decision(policy, limit, probe.isConsumed(), probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill());
    }

    /** Looks at the key's bucket without taking anything: denied when it is empty. */
    public Decision peek(Policy policy, String key) {
        Limit limit = limits.get(policy);
        Bucket bucket = limit.buckets().get(key);
        if (bucket == null) {
            return decision(policy, limit, true, limit.capacity(), 0);
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return decision(policy, limit, probe.canBeConsumed(), probe.getRemainingTokens(), probe.getNanosToWaitForRefill());
    }

    private static Decision decision(Policy policy, Limit limit, boolean allowed, long remaining, long nanosToWait) {
        long window = limit.window().toSeconds();
        long perToken = Math.max(1, limit.window().toNanos() / Math.max(1, limit.capacity()));
        long reset = allowed
                ? TimeUnit.NANOSECONDS.toSeconds((limit.capacity() - remaining) * perToken)
                : Math.max(1, (long) Math.ceil(nanosToWait / 1e9));
        return new Decision(policy, allowed, limit.capacity(), window, Math.max(0, remaining), reset);
    }

    private static Bucket bucket(Limit limit, String key) {
        if (limit.buckets().size() > PURGE_ABOVE) {
            // forget buckets that have refilled completely: they hold no state worth keeping
            limit.buckets().values().removeIf(b -> b.getAvailableTokens() >= limit.capacity());
        }
        return limit.buckets().computeIfAbsent(key, k -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(limit.capacity())
                        .refillGreedy(limit.capacity(), limit.window()).build())
                .build());
    }
}
