package org.assay.tokens.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Plain-Java behaviour of the ApiToken entity; no database. */
class ApiTokenTest {

    private static final Instant T0 = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant EXPIRY = T0.plusSeconds(30 * 86_400);
    private static final String HASH = "0f".repeat(32);
    private static final String PARTIAL = "assay_...Xy12";

    private static ApiToken token(String name) {
        return new ApiToken(name, HASH, PARTIAL, EXPIRY, "65f1a2b3c4d5e6f708192a3b",
                List.of("api.users.read", "api.organizations.read"), List.of("10.0.0.0/8", "::1"));
    }

    private static ApiToken token() {
        return token("Build server");
    }

    // nameKey

    @Test
    void nameKeyIsTrimmedAndLowerCased() {
        assertEquals("build server", ApiToken.nameKey("  Build SERVER \t"));
        assertEquals("build server", ApiToken.nameKey("build server"));
        assertEquals(ApiToken.nameKey("CI"), ApiToken.nameKey(" ci "));
    }

    @Test
    void nameKeyKeepsInnerWhitespaceAndPunctuation() {
        assertEquals("build  server-1", ApiToken.nameKey("Build  Server-1"));
        assertNotEquals(ApiToken.nameKey("build server"), ApiToken.nameKey("build  server"));
    }

    @Test
    void nameKeyIgnoresTheDefaultLocale() {
        // in a Turkish default locale "I".toLowerCase() is a dotless i; name uniqueness must not depend on that
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("ci integration", ApiToken.nameKey("CI INTEGRATION"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    // a new token

    @Test
    void newTokenKeepsItsFields() {
        ApiToken token = token();
        assertEquals("Build server", token.getName());
        assertEquals(HASH, token.getSecretHash());
        assertEquals(PARTIAL, token.getPartialToken());
        assertEquals(EXPIRY, token.getExpiry());
        assertEquals("65f1a2b3c4d5e6f708192a3b", token.getUserId());
        assertEquals(Set.of("api.users.read", "api.organizations.read"), token.getPermissions());
        assertEquals(List.of("10.0.0.0/8", "::1"), token.getAllowedAddresses());
        assertEquals(Optional.empty(), token.getDisabledAt());
        assertEquals(Optional.empty(), token.getDeletedAt());
        assertEquals(Optional.empty(), token.getEndsAt());
        assertEquals(Optional.empty(), token.getRenewedFromId());
        assertEquals(Optional.empty(), token.getRenewedToId());
        assertTrue(token.getId().matches("[0-9a-f]{24}"), token.getId());
    }

    @Test
    void newTokenNameIsTrimmed() {
        assertEquals("Build server", token("  Build server \n").getName());
    }

    @Test
    void newTokenIsLiveAndUsableUntilItsExpiry() {
        ApiToken token = token();
        assertTrue(token.isLive());
        assertTrue(token.usableAt(T0));
        assertTrue(token.usableAt(EXPIRY.minusNanos(1)));
        assertFalse(token.usableAt(EXPIRY), "the expiry itself is outside the lifetime");
        assertFalse(token.usableAt(EXPIRY.plusSeconds(1)));
        assertEquals(EXPIRY, token.effectiveEnd());
    }

    @Test
    void expiredTokenIsStillLiveUntilItsNameIsReleased() {
        // expiry alone does not change isLive: the name is given up lazily, by releaseName
        ApiToken token = token();
        assertFalse(token.usableAt(EXPIRY.plusSeconds(1)));
        assertTrue(token.isLive());
    }

    @Test
    void permissionsAreSortedAndReadOnly() {
        ApiToken token = new ApiToken("t", HASH, PARTIAL, EXPIRY, "u", List.of("b", "c", "a", "b"), List.of());
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(token.getPermissions()));
        assertThrows(UnsupportedOperationException.class, () -> token.getPermissions().add("d"));
    }

    @Test
    void allowedAddressesKeepTheirOrderAndAreReadOnly() {
        ApiToken token = new ApiToken("t", HASH, PARTIAL, EXPIRY, "u", List.of("a"),
                List.of("192.0.2.9", "10.0.0.0/8", "::1", "192.0.2.9"));
        assertEquals(List.of("192.0.2.9", "10.0.0.0/8", "::1", "192.0.2.9"), token.getAllowedAddresses());
        assertThrows(UnsupportedOperationException.class, () -> token.getAllowedAddresses().clear());
    }

    @Test
    void collectionsAreCopiedFromTheArguments() {
        List<String> permissions = new ArrayList<>(List.of("a"));
        List<String> addresses = new ArrayList<>(List.of("::1"));
        ApiToken token = new ApiToken("t", HASH, PARTIAL, EXPIRY, "u", permissions, addresses);
        permissions.add("b");
        addresses.clear();
        assertEquals(Set.of("a"), token.getPermissions());
        assertEquals(List.of("::1"), token.getAllowedAddresses());
    }

    @Test
    void tokensGetDistinctIds() {
        assertNotEquals(token().getId(), token().getId());
    }

    // microseconds

    @Test
    void expiryIsTruncatedToMicroseconds() {
        Instant nanos = Instant.parse("2026-04-01T00:00:00.123456789Z");
        ApiToken token = new ApiToken("t", HASH, PARTIAL, nanos, "u", List.of("a"), List.of());
        assertEquals(Instant.parse("2026-04-01T00:00:00.123456Z"), token.getExpiry());
        assertEquals(token.getExpiry(), token.effectiveEnd());
        assertFalse(token.usableAt(Instant.parse("2026-04-01T00:00:00.1234561Z")), "ends at the truncated instant");
    }

    @Test
    void endsAtIsTruncatedToMicroseconds() {
        ApiToken token = token();
        token.replaceBy("successor", Instant.parse("2026-03-02T00:00:00.987654321Z"));
        assertEquals(Optional.of(Instant.parse("2026-03-02T00:00:00.987654Z")), token.getEndsAt());
        assertEquals(Instant.parse("2026-03-02T00:00:00.987654Z"), token.effectiveEnd());
    }

    @Test
    void microsecondInstantsAreKeptExactly() {
        Instant micros = Instant.parse("2026-04-01T00:00:00.123456Z");
        assertEquals(micros, new ApiToken("t", HASH, PARTIAL, micros, "u", List.of("a"), List.of()).getExpiry());
    }

    // disable

    @Test
    void disabledTokenIsNeitherLiveNorUsable() {
        ApiToken token = token();
        Instant at = T0.plusSeconds(60);
        token.disable(at);
        assertFalse(token.isLive());
        assertFalse(token.usableAt(T0.plusSeconds(120)));
        assertFalse(token.usableAt(T0), "disabling is not dated: the token stops for every instant");
        assertEquals(Optional.of(at), token.getDisabledAt());
        assertEquals(EXPIRY, token.effectiveEnd(), "disabling does not change the natural end");
    }

    @Test
    void disablingAgainKeepsTheFirstTime() {
        ApiToken token = token();
        token.disable(T0.plusSeconds(60));
        token.disable(T0.plusSeconds(120));
        assertEquals(Optional.of(T0.plusSeconds(60)), token.getDisabledAt());
        assertFalse(token.isLive());
    }

    // delete

    @Test
    void deletedTokenIsNeitherLiveNorUsable() {
        ApiToken token = token();
        Instant at = T0.plusSeconds(60);
        token.markDeleted(at);
        assertFalse(token.isLive());
        assertFalse(token.usableAt(T0.plusSeconds(120)));
        assertFalse(token.usableAt(T0));
        assertEquals(Optional.of(at), token.getDeletedAt());
        assertEquals(Optional.empty(), token.getDisabledAt(), "deleting is not disabling");
    }

    @Test
    void disabledTokenCanBeDeleted() {
        ApiToken token = token();
        token.disable(T0);
        token.markDeleted(T0.plusSeconds(1));
        assertEquals(Optional.of(T0), token.getDisabledAt());
        assertEquals(Optional.of(T0.plusSeconds(1)), token.getDeletedAt());
        assertFalse(token.isLive());
    }

    // replaceBy

    @Test
    void replacedTokenIsNotLiveButWorksUntilItsEnd() {
        ApiToken token = token();
        Instant graceEnd = T0.plusSeconds(3_600);
        token.replaceBy("successor-id", graceEnd);
        assertFalse(token.isLive());
        assertEquals(Optional.of("successor-id"), token.getRenewedToId());
        assertEquals(Optional.of(graceEnd), token.getEndsAt());
        assertEquals(graceEnd, token.effectiveEnd());
        assertTrue(token.usableAt(T0));
        assertTrue(token.usableAt(graceEnd.minusNanos(1000)));
        assertFalse(token.usableAt(graceEnd));
    }

    @Test
    void replacedAtOnceStopsImmediately() {
        ApiToken token = token();
        token.replaceBy("successor-id", T0);
        assertEquals(T0, token.effectiveEnd());
        assertFalse(token.usableAt(T0));
        assertTrue(token.usableAt(T0.minusNanos(1000)));
    }

    @Test
    void endAfterTheExpiryDoesNotExtendTheToken() {
        ApiToken token = token();
        Instant later = EXPIRY.plusSeconds(86_400);
        token.replaceBy("successor-id", later);
        assertEquals(Optional.of(later), token.getEndsAt(), "the requested end is recorded");
        assertEquals(EXPIRY, token.effectiveEnd(), "but the expiry still ends the token");
        assertFalse(token.usableAt(EXPIRY));
        assertFalse(token.usableAt(later.minusSeconds(1)));
    }

    @Test
    void endEqualToTheExpiryIsTheExpiry() {
        ApiToken token = token();
        token.replaceBy("successor-id", EXPIRY);
        assertEquals(EXPIRY, token.effectiveEnd());
    }

    @Test
    void aSecondReplacementNeverPostponesTheEnd() {
        ApiToken token = token();
        Instant first = T0.plusSeconds(3_600);
        token.replaceBy("a", first);
        token.replaceBy("b", first.plusSeconds(60));
        assertEquals(Optional.of(first), token.getEndsAt());
        assertEquals(first, token.effectiveEnd());
        assertEquals(Optional.of("b"), token.getRenewedToId(), "the latest successor is recorded");
    }

    @Test
    void aSecondReplacementMayBringTheEndForward() {
        ApiToken token = token();
        token.replaceBy("a", T0.plusSeconds(3_600));
        token.replaceBy("b", T0.plusSeconds(60));
        assertEquals(Optional.of(T0.plusSeconds(60)), token.getEndsAt());
        assertEquals(T0.plusSeconds(60), token.effectiveEnd());
    }

    @Test
    void replacedAndDisabledTokenIsNotUsableEvenDuringItsGrace() {
        ApiToken token = token();
        token.replaceBy("successor-id", T0.plusSeconds(3_600));
        token.disable(T0.plusSeconds(1));
        assertFalse(token.usableAt(T0.plusSeconds(2)));
    }

    @Test
    void successorRecordsItsPredecessorAndIsLive() {
        ApiToken old = token();
        ApiToken successor = token();
        successor.markRenewalOf(old.getId());
        old.replaceBy(successor.getId(), T0);
        assertEquals(Optional.of(old.getId()), successor.getRenewedFromId());
        assertEquals(Optional.of(successor.getId()), old.getRenewedToId());
        assertTrue(successor.isLive());
        assertTrue(successor.usableAt(T0));
        assertFalse(old.isLive());
        assertEquals(Optional.empty(), successor.getRenewedToId());
    }

    // releaseName

    @Test
    void releasingTheNameDoesNotStopTheToken() {
        ApiToken token = token();
        token.releaseName();
        assertTrue(token.usableAt(T0));
        assertEquals("Build server", token.getName());
        assertEquals(EXPIRY, token.effectiveEnd());
        assertEquals(Optional.empty(), token.getDisabledAt());
        assertEquals(Optional.empty(), token.getDeletedAt());
    }

    // rename

    @Test
    void liveTokenCanBeRenamedAndStaysLive() {
        ApiToken token = token();
        token.rename("  Deploy bot ");
        assertEquals("Deploy bot", token.getName());
        assertTrue(token.isLive());
        assertTrue(token.usableAt(T0));
    }

    @Test
    void renamingKeepsTheCaseOfTheName() {
        ApiToken token = token();
        token.rename("DEPLOY Bot");
        assertEquals("DEPLOY Bot", token.getName());
        assertEquals("deploy bot", ApiToken.nameKey(token.getName()));
    }

    @Test
    void renamingADisabledTokenDoesNotMakeItLive() {
        ApiToken token = token();
        token.disable(T0);
        token.rename("Renamed");
        assertEquals("Renamed", token.getName());
        assertFalse(token.isLive());
        assertFalse(token.usableAt(T0));
    }

    @Test
    void renamingADeletedTokenDoesNotMakeItLive() {
        ApiToken token = token();
        token.markDeleted(T0);
        token.rename("Renamed");
        assertEquals("Renamed", token.getName());
        assertFalse(token.isLive());
    }

    @Test
    void renamingAReplacedTokenDoesNotMakeItLive() {
        ApiToken token = token();
        token.replaceBy("successor-id", T0.plusSeconds(60));
        token.rename("Renamed");
        assertEquals("Renamed", token.getName());
        assertFalse(token.isLive());
        assertTrue(token.usableAt(T0), "still usable during its grace period");
    }
}
