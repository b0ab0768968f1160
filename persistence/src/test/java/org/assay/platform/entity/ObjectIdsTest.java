package org.assay.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ObjectIdsTest {

    @Test
    void nextIsTwentyFourLowercaseHexCharacters() {
        for (int i = 0; i < 100; i++) {
            String id = ObjectIds.next();
            assertTrue(id.matches("[0-9a-f]{24}"), id);
            assertTrue(ObjectIds.isValid(id), id);
        }
    }

    @Test
    void tenThousandConsecutiveIdsAreDistinct() {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertTrue(ids.add(ObjectIds.next()), "duplicate id after " + i);
        }
    }

    @Test
    void firstEightHexCharactersAreTheEpochSeconds() {
        Instant at = Instant.parse("2026-03-01T10:15:30.999Z");
        String id = ObjectIds.next(at);
        assertEquals(at.getEpochSecond(), Long.parseLong(id.substring(0, 8), 16));
    }

    @Test
    void currentIdsCarryTheCurrentTime() {
        long before = Instant.now().getEpochSecond();
        String id = ObjectIds.next();
        long after = Instant.now().getEpochSecond();
        long seconds = Long.parseLong(id.substring(0, 8), 16);
        assertTrue(seconds >= before && seconds <= after, id);
    }

    @Test
    void laterIdsSortAfterEarlierOnesByTheirSeconds() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        String earlier = ObjectIds.next(t);
        String later = ObjectIds.next(t.plusSeconds(1));
        String muchLater = ObjectIds.next(t.plusSeconds(86_400L * 365 * 50));
        assertTrue(earlier.substring(0, 8).compareTo(later.substring(0, 8)) < 0);
        assertTrue(later.substring(0, 8).compareTo(muchLater.substring(0, 8)) < 0);
        assertTrue(earlier.compareTo(later) < 0, "whole ids sort by time too");
    }

    @Test
    void idsOfOneProcessShareTheNodeBytesAndCountUp() {
        Instant t = Instant.parse("2026-01-01T00:00:00Z");
        String a = ObjectIds.next(t);
        String b = ObjectIds.next(t);
        assertEquals(a.substring(8, 18), b.substring(8, 18), "node bytes");
        int countA = Integer.parseInt(a.substring(18), 16);
        int countB = Integer.parseInt(b.substring(18), 16);
        assertEquals((countA + 1) & 0xFFFFFF, countB, "3-byte counter");
        assertNotEquals(a, b);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000000000000000000000000", "65a1b2c3d4e5f60718293a4b", "ffffffffffffffffffffffff"})
    void wellFormedIdsAreValid(String id) {
        assertTrue(ObjectIds.isValid(id));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "65A1B2C3D4E5F60718293A4B",
        "65a1b2c3d4e5f60718293a4B",
        "65a1b2c3d4e5f60718293a4",
        "65a1b2c3d4e5f60718293a4bc",
        "65a1b2c3d4e5f60718293a4g",
        "65a1b2c3-4e5f60718293a4b",
        " 65a1b2c3d4e5f60718293a4b",
        "65a1b2c3d4e5f60718293a4b\n",
        "0x65a1b2c3d4e5f60718293a"
    })
    void malformedIdsAreInvalid(String candidate) {
        assertFalse(ObjectIds.isValid(candidate), String.valueOf(candidate));
    }
}
