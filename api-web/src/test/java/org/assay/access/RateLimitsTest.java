package org.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.assay.access.RateLimits.Decision;
import org.assay.access.RateLimits.Policy;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.config.spi.ConfigSource;
import org.eclipse.microprofile.config.spi.Converter;
import org.junit.jupiter.api.Test;

class RateLimitsTest {

    private static final String KEY = "token-1";

    /** Properties from a map, converted to the few types RateLimits asks for; nothing else answers. */
    private static final class MapConfig implements Config {

        private final Map<String, String> properties;

        MapConfig(Map<String, String> properties) {
            this.properties = properties;
        }

        @Override
        public <T> Optional<T> getOptionalValue(String propertyName, Class<T> propertyType) {
            String value = properties.get(propertyName);
            if (value == null) {
                return Optional.empty();
            }
            if (propertyType == String.class) {
                return Optional.of(propertyType.cast(value));
            }
            if (propertyType == Long.class) {
                return Optional.of(propertyType.cast(Long.valueOf(value.trim())));
            }
            if (propertyType == Boolean.class) {
                return Optional.of(propertyType.cast(Boolean.valueOf(value.trim())));
            }
            throw new UnsupportedOperationException("no converter for " + propertyType);
        }

        @Override
        public <T> T getValue(String propertyName, Class<T> propertyType) {
            return getOptionalValue(propertyName, propertyType).orElseThrow(() -> new NoSuchElementException(
                    propertyName));
        }

        @Override
        public ConfigValue getConfigValue(String propertyName) {
            throw new UnsupportedOperationException("getConfigValue");
        }

        @Override
        public Iterable<String> getPropertyNames() {
            return properties.keySet();
        }

        @Override
        public Iterable<ConfigSource> getConfigSources() {
            return List.of();
        }

        @Override
        public <T> Optional<Converter<T>> getConverter(Class<T> forType) {
            throw new UnsupportedOperationException("getConverter");
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            throw new UnsupportedOperationException("unwrap");
        }
    }

    private static RateLimits configured(Map<String, String> properties) {
        RateLimits limits = new RateLimits();
        limits.config = new MapConfig(properties);
        limits.configure();
        return limits;
    }

    /** The caller policy limited to {@code limit} requests per {@code window}; the others left at their defaults. */
    private static RateLimits callerLimit(long limit, String window) {
        Map<String, String> properties = new HashMap<>();
        properties.put("assay.rate-limit.caller.limit", Long.toString(limit));
        properties.put("assay.rate-limit.caller.window", window);
        return configured(properties);
    }

    private static void assertDecision(Decision decision, Policy policy, boolean allowed, long limit,
            long windowSeconds, long remaining) {
        assertEquals(policy, decision.policy(), decision.toString());
        assertEquals(allowed, decision.allowed(), decision.toString());
        assertEquals(limit, decision.limit(), decision.toString());
        assertEquals(windowSeconds, decision.windowSeconds(), decision.toString());
        assertEquals(remaining, decision.remaining(), decision.toString());
    }

    private static void exhaust(RateLimits limits, Policy policy, String key, int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(limits.consume(policy, key).allowed(), "request " + (i + 1) + " of " + times);
        }
    }

    // configuration

    @Test
    void defaultsApplyWhenNothingIsConfigured() {
        RateLimits limits = configured(Map.of());
        assertTrue(limits.enabled(), "enabled by default");
        assertDecision(limits.peek(Policy.CALLER, KEY), Policy.CALLER, true, 600, 60, 600);
        assertDecision(limits.peek(Policy.ANONYMOUS, KEY), Policy.ANONYMOUS, true, 300, 60, 300);
        assertDecision(limits.peek(Policy.FAILURES, KEY), Policy.FAILURES, true, 20, 300, 20);
        assertDecision(limits.consume(Policy.CALLER, KEY), Policy.CALLER, true, 600, 60, 599);
        assertDecision(limits.consume(Policy.ANONYMOUS, KEY), Policy.ANONYMOUS, true, 300, 60, 299);
        assertDecision(limits.consume(Policy.FAILURES, KEY), Policy.FAILURES, true, 20, 300, 19);
    }

    @Test
    void aConfiguredLimitReplacesOnlyItsPolicysDefault() {
        RateLimits limits = configured(Map.of("assay.rate-limit.anonymous.limit", "50",
                "assay.rate-limit.failures.window", "PT10M"));
        assertDecision(limits.peek(Policy.CALLER, KEY), Policy.CALLER, true, 600, 60, 600);
        assertDecision(limits.peek(Policy.ANONYMOUS, KEY), Policy.ANONYMOUS, true, 50, 60, 50);
        assertDecision(limits.peek(Policy.FAILURES, KEY), Policy.FAILURES, true, 20, 600, 20);
    }

    @Test
    void rateLimitingCanBeDisabled() {
        assertFalse(configured(Map.of("assay.rate-limit.enabled", "false")).enabled());
        assertTrue(configured(Map.of("assay.rate-limit.enabled", "true")).enabled());
    }

    // consuming

    @Test
    void theLimitIsEnforcedWithinTheWindow() {
        RateLimits limits = callerLimit(3, "PT1M");
        assertDecision(limits.consume(Policy.CALLER, KEY), Policy.CALLER, true, 3, 60, 2);
        assertDecision(limits.consume(Policy.CALLER, KEY), Policy.CALLER, true, 3, 60, 1);
        assertDecision(limits.consume(Policy.CALLER, KEY), Policy.CALLER, true, 3, 60, 0);

        Decision refused = limits.consume(Policy.CALLER, KEY);
        assertDecision(refused, Policy.CALLER, false, 3, 60, 0);
        assertTrue(refused.resetSeconds() >= 1, "a refusal says when to come back: " + refused);
        assertTrue(refused.resetSeconds() <= 20, "one request is back after a third of the window: " + refused);
    }

    @Test
    void refusalsKeepBeingRefused() {
        RateLimits limits = callerLimit(3, "PT1M");
        exhaust(limits, Policy.CALLER, KEY, 3);
        for (int i = 0; i < 5; i++) {
            Decision refused = limits.consume(Policy.CALLER, KEY);
            assertFalse(refused.allowed(), "refusal " + (i + 1));
            assertEquals(0, refused.remaining());
        }
    }

    @Test
    void allowedDecisionsSayWhenTheBucketIsFullAgain() {
        RateLimits limits = callerLimit(3, "PT1M");
        assertEquals(0, limits.peek(Policy.CALLER, KEY).resetSeconds(), "a full bucket needs no time");
        assertEquals(20, limits.consume(Policy.CALLER, KEY).resetSeconds(), "one token: a third of the minute");
        assertEquals(40, limits.consume(Policy.CALLER, KEY).resetSeconds());
        assertEquals(60, limits.consume(Policy.CALLER, KEY).resetSeconds());
    }

    @Test
    void keysHaveTheirOwnBuckets() {
        RateLimits limits = callerLimit(3, "PT1M");
        exhaust(limits, Policy.CALLER, "token-a", 3);
        assertFalse(limits.consume(Policy.CALLER, "token-a").allowed());

        assertDecision(limits.consume(Policy.CALLER, "token-b"), Policy.CALLER, true, 3, 60, 2);
        assertDecision(limits.peek(Policy.CALLER, "token-c"), Policy.CALLER, true, 3, 60, 3);
        assertFalse(limits.consume(Policy.CALLER, "token-a").allowed(), "token-a stays refused");
    }

    @Test
    void policiesHaveTheirOwnBuckets() {
        Map<String, String> properties = new HashMap<>();
        for (String policy : List.of("caller", "anonymous", "failures")) {
            properties.put("assay.rate-limit." + policy + ".limit", "2");
            properties.put("assay.rate-limit." + policy + ".window", "PT1M");
        }
        RateLimits limits = configured(properties);
        String address = "203.0.113.7";
        exhaust(limits, Policy.FAILURES, address, 2);
        assertFalse(limits.consume(Policy.FAILURES, address).allowed());

        assertDecision(limits.consume(Policy.ANONYMOUS, address), Policy.ANONYMOUS, true, 2, 60, 1);
        assertDecision(limits.consume(Policy.CALLER, address), Policy.CALLER, true, 2, 60, 1);
        assertFalse(limits.peek(Policy.FAILURES, address).allowed(), "the failures bucket is still empty");
    }

    @Test
    void eachInstanceHasItsOwnBuckets() {
        RateLimits first = callerLimit(3, "PT1M");
        exhaust(first, Policy.CALLER, KEY, 3);
        RateLimits second = callerLimit(3, "PT1M");
        assertDecision(second.consume(Policy.CALLER, KEY), Policy.CALLER, true, 3, 60, 2);
    }

    // peeking

    @Test
    void peekingAFreshKeyIsAllowedWithTheFullLimit() {
        RateLimits limits = callerLimit(3, "PT1M");
        Decision decision = limits.peek(Policy.CALLER, "never-seen");
        assertDecision(decision, Policy.CALLER, true, 3, 60, 3);
        assertEquals(0, decision.resetSeconds());
    }

    @Test
    void peekingNeverConsumes() {
        RateLimits limits = callerLimit(3, "PT1M");
        for (int i = 0; i < 10; i++) {
            assertEquals(3, limits.peek(Policy.CALLER, KEY).remaining(), "peek " + (i + 1));
        }
        assertEquals(2, limits.consume(Policy.CALLER, KEY).remaining(), "peeks took nothing");
        for (int i = 0; i < 10; i++) {
            assertDecision(limits.peek(Policy.CALLER, KEY), Policy.CALLER, true, 3, 60, 2);
        }
        assertEquals(1, limits.consume(Policy.CALLER, KEY).remaining());
        assertEquals(0, limits.consume(Policy.CALLER, KEY).remaining());
    }

    @Test
    void peekingAnEmptyBucketSaysDenied() {
        RateLimits limits = callerLimit(3, "PT1M");
        exhaust(limits, Policy.CALLER, KEY, 3);
        Decision peeked = limits.peek(Policy.CALLER, KEY);
        assertDecision(peeked, Policy.CALLER, false, 3, 60, 0);
        assertTrue(peeked.resetSeconds() >= 1, peeked.toString());
        assertFalse(limits.peek(Policy.CALLER, KEY).allowed(), "peeking again changes nothing");
    }

    // headers

    @Test
    void policyHeaderNamesTheLimitAndWindow() {
        RateLimits limits = callerLimit(3, "PT1M");
        assertEquals("\"caller\";q=3;w=60", limits.consume(Policy.CALLER, KEY).policyHeader());
        assertEquals("\"caller\";q=3;w=60", limits.peek(Policy.CALLER, "other").policyHeader());
        RateLimits defaults = configured(Map.of());
        assertEquals("\"anonymous\";q=300;w=60", defaults.peek(Policy.ANONYMOUS, KEY).policyHeader());
        assertEquals("\"failures\";q=20;w=300", defaults.peek(Policy.FAILURES, KEY).policyHeader());
    }

    @Test
    void stateHeaderNamesWhatIsLeftAndWhenItIsFull() {
        RateLimits limits = callerLimit(3, "PT1M");
        assertEquals("\"caller\";r=2;t=20", limits.consume(Policy.CALLER, KEY).stateHeader());
        assertEquals("\"caller\";r=1;t=40", limits.consume(Policy.CALLER, KEY).stateHeader());
        assertEquals("\"caller\";r=0;t=60", limits.consume(Policy.CALLER, KEY).stateHeader());
        Decision refused = limits.consume(Policy.CALLER, KEY);
        assertEquals("\"caller\";r=0;t=" + refused.resetSeconds(), refused.stateHeader());
        assertTrue(refused.stateHeader().matches("\"caller\";r=0;t=[1-9][0-9]*"), refused.stateHeader());
    }

    @Test
    void headersOfAHandMadeDecision() {
        Decision decision = new Decision(Policy.ANONYMOUS, true, 300, 60, 12, 7);
        assertEquals("\"anonymous\";q=300;w=60", decision.policyHeader());
        assertEquals("\"anonymous\";r=12;t=7", decision.stateHeader());
    }

    // bursts

    @Test
    void aBurstStartsOncePerKeyUntilItEnds() {
        RateLimits limits = configured(Map.of());
        assertTrue(limits.startsBurst(Policy.CALLER, KEY), "the first refusal starts a burst");
        assertFalse(limits.startsBurst(Policy.CALLER, KEY), "later refusals are part of it");
        assertFalse(limits.startsBurst(Policy.CALLER, KEY));

        limits.endBurst(Policy.CALLER, KEY);
        assertTrue(limits.startsBurst(Policy.CALLER, KEY), "after it ends, the next refusal starts a new one");
        assertFalse(limits.startsBurst(Policy.CALLER, KEY));
    }

    @Test
    void burstsAreTrackedPerKeyAndPolicy() {
        RateLimits limits = configured(Map.of());
        assertTrue(limits.startsBurst(Policy.CALLER, "a"));
        assertTrue(limits.startsBurst(Policy.CALLER, "b"), "another key");
        assertTrue(limits.startsBurst(Policy.FAILURES, "a"), "another policy");
        assertTrue(limits.startsBurst(Policy.ANONYMOUS, "a"), "another policy");

        limits.endBurst(Policy.CALLER, "a");
        assertFalse(limits.startsBurst(Policy.CALLER, "b"), "ending one key's burst leaves the others");
        assertFalse(limits.startsBurst(Policy.FAILURES, "a"), "ending one policy's burst leaves the others");
        assertTrue(limits.startsBurst(Policy.CALLER, "a"));
    }

    @Test
    void endingABurstThatNeverStartedIsHarmless() {
        RateLimits limits = configured(Map.of());
        limits.endBurst(Policy.CALLER, KEY);
        assertTrue(limits.startsBurst(Policy.CALLER, KEY));
    }

    // refill

    @Test
    void theBucketRefillsOverTime() throws InterruptedException {
        RateLimits limits = callerLimit(2, "PT1S");
        exhaust(limits, Policy.CALLER, KEY, 2);
        assertFalse(limits.consume(Policy.CALLER, KEY).allowed());

        Thread.sleep(600); // a greedy refill gives back one request every 500 ms
        Decision decision = limits.consume(Policy.CALLER, KEY);
        assertTrue(decision.allowed(), "a request is allowed again: " + decision);
        assertEquals(1, decision.windowSeconds());
    }
}
