package org.assay.tokens.control;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** {@link IpRange#covers}: what address-limited tokens may hand out. */
class IpRangeCoversTest {

    private static IpRange range(String text) {
        return IpRange.parse(text).orElseThrow();
    }

    @Test
    void aRangeCoversItselfItsSubnetsAndItsAddresses() {
        assertTrue(range("10.0.0.0/8").covers(range("10.0.0.0/8")));
        assertTrue(range("10.0.0.0/8").covers(range("10.20.0.0/16")));
        assertTrue(range("10.0.0.0/8").covers(range("10.20.30.40")));
        assertTrue(range("2001:db8::/32").covers(range("2001:db8:1::/48")));
        assertTrue(range("0.0.0.0/0").covers(range("192.0.2.1")));
    }

    @Test
    void aRangeDoesNotCoverWiderOrOtherRangesOrTheOtherFamily() {
        assertFalse(range("10.20.0.0/16").covers(range("10.0.0.0/8")));
        assertFalse(range("10.0.0.0/8").covers(range("11.0.0.0/8")));
        assertFalse(range("10.0.0.0/8").covers(range("::1")));
        assertFalse(range("0.0.0.0/0").covers(range("::/0")));
        assertFalse(range("127.0.0.1").covers(range("127.0.0.0/8")));
    }
}
