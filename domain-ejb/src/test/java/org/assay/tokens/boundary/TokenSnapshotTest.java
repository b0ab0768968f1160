package org.assay.tokens.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assay.access.control.Permissions;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.platform.entity.UserInfo;
import org.assay.tokens.control.IpRange;
import org.assay.tokens.entity.ApiToken;
import org.junit.jupiter.api.Test;

class TokenSnapshotTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Instant END = NOW.plusSeconds(3_600);
    private static final String PARTIAL = "assay_...Ab12";
    private static final Set<String> PERMISSIONS = Set.of(Permissions.USERS_READ);

    private static List<IpRange> ranges(String... texts) {
        return java.util.Arrays.stream(texts).map(t -> IpRange.parse(t).orElseThrow()).toList();
    }

    private static TokenSnapshot snapshot(boolean disabled, boolean deleted, Instant end, List<IpRange> addresses) {
        return new TokenSnapshot("t1", "u1", "hash", PARTIAL, PERMISSIONS, end, disabled, deleted, !addresses.isEmpty(),
                addresses, null);
    }

    private static TokenSnapshot usable(String... addresses) {
        return snapshot(false, false, END, ranges(addresses));
    }

    private static ApiToken token(Instant expiry, List<String> addresses) {
        return new ApiToken("Build server", "ab".repeat(32), PARTIAL, expiry, "u-1234",
                List.of(Permissions.USERS_READ, Permissions.ORGANIZATIONS_READ), addresses);
    }

    // refusal

    @Test
    void usableTokenIsNotRefused() {
        assertEquals(Optional.empty(), usable().refusal(NOW, "192.0.2.1"));
    }

    @Test
    void deletedTokenIsRefused() {
        Optional<String> refusal = snapshot(false, true, END, List.of()).refusal(NOW, "192.0.2.1");
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().startsWith("deleted API token t1"), refusal.get());
        assertTrue(refusal.get().contains(PARTIAL), refusal.get());
    }

    @Test
    void disabledTokenIsRefused() {
        Optional<String> refusal = snapshot(true, false, END, List.of()).refusal(NOW, "192.0.2.1");
        assertTrue(refusal.isPresent());
        assertTrue(refusal.get().startsWith("disabled API token t1"), refusal.get());
        assertTrue(refusal.get().contains(PARTIAL), refusal.get());
    }

    @Test
    void deletionIsReportedBeforeEverythingElse() {
        String refusal = snapshot(true, true, NOW.minusSeconds(1), ranges("10.0.0.0/8")).refusal(NOW, "192.0.2.1")
                .orElseThrow();
        assertTrue(refusal.startsWith("deleted"), refusal);
    }

    @Test
    void disablingIsReportedBeforeExpiry() {
        String refusal = snapshot(true, false, NOW.minusSeconds(1), List.of()).refusal(NOW, "192.0.2.1").orElseThrow();
        assertTrue(refusal.startsWith("disabled"), refusal);
    }

    @Test
    void tokenIsRefusedAtTheMomentItEnds() {
        String refusal = snapshot(false, false, NOW, List.of()).refusal(NOW, "192.0.2.1").orElseThrow();
        assertTrue(refusal.startsWith("expired or ended API token t1"), refusal);
        assertTrue(refusal.contains(NOW.toString()), refusal);
    }

    @Test
    void tokenIsRefusedAfterItEnds() {
        assertTrue(usable().refusal(END.plusNanos(1), "192.0.2.1").isPresent());
        assertTrue(usable().refusal(END.plusSeconds(86_400), "192.0.2.1").isPresent());
    }

    @Test
    void tokenIsUsableUpToJustBeforeItsEnd() {
        assertEquals(Optional.empty(), usable().refusal(END.minusNanos(1), "192.0.2.1"));
    }

    @Test
    void expiryIsReportedBeforeTheAddress() {
        String refusal = snapshot(false, false, NOW, ranges("10.0.0.0/8")).refusal(NOW, "192.0.2.1").orElseThrow();
        assertTrue(refusal.startsWith("expired"), refusal);
    }

    @Test
    void emptyAllowedListAllowsAnyAddress() {
        TokenSnapshot any = usable();
        assertEquals(Optional.empty(), any.refusal(NOW, "192.0.2.1"));
        assertEquals(Optional.empty(), any.refusal(NOW, "2001:db8::1"));
        assertEquals(Optional.empty(), any.refusal(NOW, "::1"));
        assertEquals(Optional.empty(), any.refusal(NOW, "unknown"), "no list: the address is not even looked at");
    }

    @Test
    void ipv4AddressInsideAnAllowedRangeIsAccepted() {
        TokenSnapshot snapshot = usable("10.0.0.0/8", "192.0.2.7");
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "10.20.30.40"));
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "192.0.2.7"));
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "::ffff:10.1.2.3"), "IPv4-mapped form");
    }

    @Test
    void ipv6AddressInsideAnAllowedRangeIsAccepted() {
        TokenSnapshot snapshot = usable("2001:db8::/32", "::1");
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "2001:db8:1::5"));
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "0:0:0:0:0:0:0:1"));
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "[::1]"));
    }

    @Test
    void addressOutsideTheAllowedRangesIsRefused() {
        TokenSnapshot snapshot = usable("10.0.0.0/8", "2001:db8::/32");
        String refusal = snapshot.refusal(NOW, "192.0.2.1").orElseThrow();
        assertTrue(refusal.contains("used from 192.0.2.1"), refusal);
        assertTrue(refusal.contains("outside its allowed addresses"), refusal);
        assertTrue(refusal.contains("t1") && refusal.contains(PARTIAL), refusal);
        assertTrue(snapshot.refusal(NOW, "2001:db9::1").isPresent());
        assertTrue(snapshot.refusal(NOW, "11.0.0.1").isPresent());
    }

    @Test
    void ipv4RangeDoesNotAdmitIpv6CallersAndViceVersa() {
        assertTrue(usable("0.0.0.0/0").refusal(NOW, "::1").isPresent());
        assertTrue(usable("::/0").refusal(NOW, "127.0.0.1").isPresent());
    }

    @Test
    void unknownOrMissingClientAddressIsRefusedWhenAddressesAreRestricted() {
        TokenSnapshot snapshot = usable("0.0.0.0/0", "::/0");
        assertTrue(snapshot.refusal(NOW, null).isPresent());
        assertTrue(snapshot.refusal(NOW, "").isPresent());
        assertTrue(snapshot.refusal(NOW, "unknown").isPresent());
        assertTrue(snapshot.refusal(NOW, "localhost").isPresent());
    }

    // of(ApiToken)

    @Test
    void ofCopiesTheTokensFields() {
        ApiToken token = token(END, List.of("10.0.0.0/8", "2001:db8::/32"));
        TokenSnapshot snapshot = TokenSnapshot.of(token);
        assertEquals(token.getId(), snapshot.tokenId());
        assertEquals("u-1234", snapshot.userId());
        assertEquals("ab".repeat(32), snapshot.secretHash());
        assertEquals(PARTIAL, snapshot.partialToken());
        assertEquals(Set.of(Permissions.USERS_READ, Permissions.ORGANIZATIONS_READ), snapshot.permissions());
        assertEquals(END, snapshot.end());
        assertFalse(snapshot.disabled());
        assertFalse(snapshot.deleted());
        assertEquals(2, snapshot.allowedAddresses().size());
        assertTrue(snapshot.allowedAddresses().get(0).contains("10.1.1.1"));
        assertTrue(snapshot.allowedAddresses().get(1).contains("2001:db8::9"));
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "10.1.1.1"));
    }

    @Test
    void ofIsDetachedFromTheToken() {
        ApiToken token = token(END, List.of());
        TokenSnapshot snapshot = TokenSnapshot.of(token);
        token.disable(NOW);
        token.markDeleted(NOW);
        assertFalse(snapshot.disabled());
        assertFalse(snapshot.deleted());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.permissions().add("x"));
        assertThrows(UnsupportedOperationException.class, () -> snapshot.allowedAddresses().clear());
    }

    @Test
    void ofUsesTheEarlierEndOfARenewal() {
        ApiToken token = token(END, List.of());
        Instant graceEnd = NOW.plusSeconds(60);
        token.replaceBy("successor", graceEnd);
        TokenSnapshot snapshot = TokenSnapshot.of(token);
        assertEquals(graceEnd, snapshot.end());
        assertEquals(Optional.empty(), snapshot.refusal(NOW, "192.0.2.1"));
        assertTrue(snapshot.refusal(graceEnd, "192.0.2.1").isPresent());
    }

    @Test
    void ofKeepsTheExpiryWhenARenewalEndsLater() {
        ApiToken token = token(END, List.of());
        token.replaceBy("successor", END.plusSeconds(60));
        assertEquals(END, TokenSnapshot.of(token).end());
    }

    @Test
    void ofCarriesDisablingAndDeletion() {
        ApiToken disabled = token(END, List.of());
        disabled.disable(NOW);
        TokenSnapshot snapshot = TokenSnapshot.of(disabled);
        assertTrue(snapshot.disabled());
        assertFalse(snapshot.deleted());
        assertTrue(snapshot.refusal(NOW, "192.0.2.1").orElseThrow().startsWith("disabled"));

        ApiToken deleted = token(END, List.of());
        deleted.markDeleted(NOW);
        TokenSnapshot deletedSnapshot = TokenSnapshot.of(deleted);
        assertTrue(deletedSnapshot.deleted());
        assertFalse(deletedSnapshot.disabled());
        assertTrue(deletedSnapshot.refusal(NOW, "192.0.2.1").orElseThrow().startsWith("deleted"));
    }

    @Test
    void ofTruncatesTheEndToMicroseconds() {
        Instant nanos = Instant.parse("2026-03-01T11:00:00.123456789Z");
        assertEquals(Instant.parse("2026-03-01T11:00:00.123456Z"), TokenSnapshot.of(token(nanos, List.of())).end());
    }

    @Test
    void ofKeepsTheOrderOfAllowedAddresses() {
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            addresses.add("10.0." + i + ".0/24");
        }
        TokenSnapshot snapshot = TokenSnapshot.of(token(END, addresses));
        for (int i = 0; i < 10; i++) {
            assertTrue(snapshot.allowedAddresses().get(i).contains("10.0." + i + ".1"), "position " + i);
            assertFalse(snapshot.allowedAddresses().get(i).contains("10.0." + (i + 1) + ".1"), "position " + i);
        }
    }

    @Test
    void ofCarriesTheTokensReadModel() {
        ApiToken token = token(END, List.of("10.0.0.0/8", "::1"));
        UserInfo creator = new UserInfo("65f1a2b3c4d5e6f708192a3b", "Ada Admin");
        token.stampCreated(creator, NOW.minusSeconds(60));
        token.replaceBy("successor", END.minusSeconds(10));
        ApiTokenRead read = TokenSnapshot.of(token).read();
        assertEquals(ApiTokenRead.of(token), read);
        assertEquals(token.getId(), read.id());
        assertEquals("Build server", read.name());
        assertEquals(PARTIAL, read.partialToken());
        assertEquals(END, read.expiry());
        assertEquals(END.minusSeconds(10), read.endsAt());
        assertEquals("successor", read.renewedToId());
        assertEquals(List.of("10.0.0.0/8", "::1"), read.allowedAddresses());
        assertEquals(List.of(Permissions.ORGANIZATIONS_READ, Permissions.USERS_READ), read.permissions());
        assertEquals(new UserInfoRead("65f1a2b3c4d5e6f708192a3b", "Ada Admin"), read.createdUserInfo());
        assertEquals(NOW.minusSeconds(60), read.creationDate());
    }

    @Test
    void readModelInTheSnapshotNeverCarriesTheSecret() {
        assertNull(TokenSnapshot.of(token(END, List.of())).read().token());
    }

    @Test
    void readModelIsDetachedFromTheToken() {
        ApiToken token = token(END, List.of("10.0.0.0/8"));
        TokenSnapshot snapshot = TokenSnapshot.of(token);
        token.disable(NOW);
        token.rename("Renamed");
        assertNull(snapshot.read().disabledAt());
        assertEquals("Build server", snapshot.read().name());
        assertThrows(UnsupportedOperationException.class, () -> snapshot.read().allowedAddresses().add("::1"));
    }

    @org.junit.jupiter.api.Test
    void anAddressRestrictionThatNoLongerParsesRefusesEveryAddress() {
        TokenSnapshot unreadable = new TokenSnapshot("t1", "u1", "hash", PARTIAL, PERMISSIONS, END, false, false, true,
                List.of(), null);
        org.junit.jupiter.api.Assertions.assertTrue(unreadable.refusal(END.minusSeconds(60), "127.0.0.1").isPresent());
    }
}
