package org.assay.tokens.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

    private static IpRange range(String text) {
        Optional<IpRange> range = IpRange.parse(text);
        assertTrue(range.isPresent(), "should parse: " + text);
        return range.get();
    }

    private static void assertContains(String range, String... addresses) {
        IpRange parsed = range(range);
        for (String address : addresses) {
            assertTrue(parsed.contains(address), range + " should contain " + address);
        }
    }

    private static void assertExcludes(String range, String... addresses) {
        IpRange parsed = range(range);
        for (String address : addresses) {
            assertFalse(parsed.contains(address), range + " should not contain " + address);
        }
    }

    // IPv4

    @Test
    void singleIpv4AddressMatchesOnlyItself() {
        assertContains("192.0.2.7", "192.0.2.7", " 192.0.2.7 ");
        assertExcludes("192.0.2.7", "192.0.2.6", "192.0.2.8", "192.0.3.7", "193.0.2.7");
    }

    @Test
    void slash32IsASingleAddress() {
        assertContains("192.0.2.7/32", "192.0.2.7");
        assertExcludes("192.0.2.7/32", "192.0.2.6", "192.0.2.8");
    }

    @Test
    void slash24CoversTheLastOctet() {
        assertContains("192.0.2.0/24", "192.0.2.0", "192.0.2.1", "192.0.2.255");
        assertExcludes("192.0.2.0/24", "192.0.1.255", "192.0.3.0", "192.1.2.0");
    }

    @Test
    void slash8CoversTheFirstOctet() {
        assertContains("10.0.0.0/8", "10.0.0.0", "10.1.2.3", "10.255.255.255");
        assertExcludes("10.0.0.0/8", "9.255.255.255", "11.0.0.0", "110.0.0.1");
    }

    @Test
    void slash0CoversEveryIpv4Address() {
        assertContains("0.0.0.0/0", "0.0.0.0", "10.1.2.3", "127.0.0.1", "255.255.255.255");
    }

    @Test
    void prefixesThatAreNotWholeOctetsWork() {
        assertContains("192.0.2.64/28", "192.0.2.64", "192.0.2.79");
        assertExcludes("192.0.2.64/28", "192.0.2.63", "192.0.2.80");
        assertContains("128.0.0.0/1", "128.0.0.0", "255.255.255.255");
        assertExcludes("128.0.0.0/1", "127.255.255.255", "0.0.0.0");
        assertContains("172.16.0.0/12", "172.16.0.1", "172.31.255.255");
        assertExcludes("172.16.0.0/12", "172.15.255.255", "172.32.0.0");
        assertContains("198.51.100.6/31", "198.51.100.6", "198.51.100.7");
        assertExcludes("198.51.100.6/31", "198.51.100.5", "198.51.100.8");
    }

    @Test
    void hostBitsOfANonAlignedRangeAreIgnored() {
        // 10.1.2.3/8 is read as 10.0.0.0/8
        assertContains("10.1.2.3/8", "10.0.0.0", "10.200.100.50", "10.255.255.255");
        assertExcludes("10.1.2.3/8", "11.1.2.3", "9.1.2.3");
        assertContains("192.0.2.77/28", "192.0.2.64", "192.0.2.79");
        assertExcludes("192.0.2.77/28", "192.0.2.80");
        assertContains("255.255.255.255/0", "0.0.0.0", "1.2.3.4");
    }

    @Test
    void surroundingWhitespaceIsIgnored() {
        assertContains("  10.0.0.0/8\t", "10.9.9.9");
        assertContains("\n::1 ", "::1");
    }

    // IPv6

    @Test
    void ipv6LoopbackMatchesItsEveryNotation() {
        assertContains("::1", "::1", "0:0:0:0:0:0:0:1", "0000:0000:0000:0000:0000:0000:0000:0001", "[::1]");
        assertExcludes("::1", "::2", "::", "127.0.0.1", "1::");
    }

    @Test
    void ipv6Slash32CoversTheDocumentationPrefix() {
        assertContains("2001:db8::/32", "2001:db8::", "2001:db8::1", "2001:db8:ffff:ffff:ffff:ffff:ffff:ffff",
                "2001:0DB8:1234::abcd", "[2001:db8::7]");
        assertExcludes("2001:db8::/32", "2001:db9::", "2001:db7:ffff::1", "2002:db8::1", "::1");
    }

    @Test
    void ipv6Slash128IsASingleAddress() {
        assertContains("2001:db8::1/128", "2001:db8::1", "2001:db8:0:0:0:0:0:1");
        assertExcludes("2001:db8::1/128", "2001:db8::", "2001:db8::2");
    }

    @Test
    void ipv6Slash0CoversEveryIpv6Address() {
        assertContains("::/0", "::", "::1", "2001:db8::1", "fe80::1", "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
    }

    @Test
    void ipv6PrefixesThatAreNotWholeGroupsWork() {
        assertContains("fe80::/10", "fe80::1", "febf:ffff::1");
        assertExcludes("fe80::/10", "fe7f::1", "fec0::1");
        assertContains("2001:db8:abcd:12ff::/56", "2001:db8:abcd:1200::1", "2001:db8:abcd:12ff:ffff::1");
        assertExcludes("2001:db8:abcd:12ff::/56", "2001:db8:abcd:1300::1", "2001:db8:abcd:11ff::1");
    }

    @Test
    void hostBitsOfANonAlignedIpv6RangeAreIgnored() {
        assertContains("2001:db8:1:2::3/32", "2001:db8::", "2001:db8:ffff::1");
        assertExcludes("2001:db8:1:2::3/32", "2001:db9::");
    }

    @Test
    void bracketedIpv6IsAccepted() {
        assertContains("[2001:db8::1]", "2001:db8::1");
        assertContains("[2001:db8::]/32", "2001:db8:1::1");
        assertContains("[::1]", "[::1]", "::1");
    }

    @Test
    void ipv4MappedIpv6AddressMatchesTheIpv4Range() {
        assertContains("10.0.0.0/8", "::ffff:10.1.2.3", "[::ffff:10.1.2.3]", "::FFFF:10.255.0.1", "::ffff:a01:203");
        assertExcludes("10.0.0.0/8", "::ffff:11.1.2.3");
        assertContains("::ffff:10.1.2.3", "10.1.2.3", "::ffff:10.1.2.3");
        assertExcludes("::ffff:10.1.2.3", "10.1.2.4");
    }

    @Test
    void literalReducesIpv4MappedAddressesToIpv4() {
        assertArrayEquals(new byte[] {10, 1, 2, 3}, IpRange.literal("::ffff:10.1.2.3").orElseThrow());
        assertArrayEquals(new byte[] {10, 1, 2, 3}, IpRange.literal("10.1.2.3").orElseThrow());
        assertEquals(16, IpRange.literal("::1").orElseThrow().length);
        assertEquals(16, IpRange.literal("[2001:db8::1]").orElseThrow().length);
    }

    @Test
    void ipv4CompatibleIpv6AddressIsIpv6NotIpv4() {
        // the deprecated ::a.b.c.d form is not the IPv4-mapped one: it stays a 16-byte address
        assertEquals(16, IpRange.literal("::10.1.2.3").orElseThrow().length);
        assertExcludes("10.0.0.0/8", "::10.1.2.3");
    }

    @Test
    void ipv4RangeNeverMatchesAnIpv6Address() {
        assertExcludes("0.0.0.0/0", "::", "::1", "2001:db8::1", "fe80::1", "::10.1.2.3");
        assertExcludes("127.0.0.1", "::1");
        assertExcludes("0.0.0.0", "::");
    }

    @Test
    void ipv6RangeNeverMatchesAnIpv4Address() {
        assertExcludes("::/0", "0.0.0.0", "10.1.2.3", "127.0.0.1", "255.255.255.255", "::ffff:10.1.2.3");
        assertExcludes("::", "0.0.0.0");
    }

    @Test
    void containsByBytesRequiresTheSameFamily() {
        assertTrue(range("10.0.0.0/8").contains(new byte[] {10, 9, 8, 7}));
        assertFalse(range("10.0.0.0/8").contains(new byte[] {11, 9, 8, 7}));
        assertFalse(range("0.0.0.0/0").contains(new byte[16]));
        assertFalse(range("::/0").contains(new byte[4]));
    }

    @Test
    void containsRefusesWhatIsNotAnAddress() {
        IpRange any = range("0.0.0.0/0");
        assertFalse(any.contains((String) null));
        assertFalse(any.contains(""));
        assertFalse(any.contains("unknown"));
        assertFalse(any.contains("localhost"));
        assertFalse(any.contains("10.0.0.0/8"), "a range is not an address");
        assertFalse(any.contains("10.1.2.3:8080"), "an address with a port is not an address");
    }

    // refusals

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t", "\n"})
    void nothingIsNotARange(String text) {
        assertEquals(Optional.empty(), IpRange.parse(text));
        assertEquals(Optional.empty(), IpRange.literal(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"localhost", "example.com", "www.example.com", "cafe", "face.b00c", "dead.beef.ca.fe",
        "localhost/8", "example.com/24", "[localhost]"})
    void hostNamesAreRefused(String text) {
        assertEquals(Optional.empty(), IpRange.parse(text), text);
    }

    @Test
    void hostNamesAreRefusedByShapeWithoutAnyLookup() {
        // "localhost" resolves from the hosts file (no DNS server needed): were it looked up, it would be accepted
        assertEquals(Optional.empty(), IpRange.literal("localhost"));
        assertEquals(Optional.empty(), IpRange.literal("LOCALHOST"));
        assertEquals(Optional.empty(), IpRange.literal("localhost."));
        assertEquals(Optional.empty(), IpRange.literal("ip6-localhost"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"300.1.1.1", "256.0.0.0", "1.256.0.0", "1.2.3.256", "1.2.3", "1.2", "1", "1.2.3.4.5",
        "1.2.3.", ".1.2.3", "1..2.3", "-1.2.3.4", "1.2.3.4a", "0x0A.0.0.1", "1.2.3.4:80", "10.0.0.1 10.0.0.2",
        "１.２.３.４", "١٠.0.0.1"})
    void malformedIpv4IsRefused(String text) {
        assertEquals(Optional.empty(), IpRange.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"01.2.3.4", "1.02.3.4", "10.0.0.010", "001.2.3.4", "00.0.0.0"})
    void ipv4WithLeadingZerosIsRefusedAsAmbiguous(String text) {
        // some parsers read a leading zero as octal: 010 would be 8, so no reading is accepted
        assertEquals(Optional.empty(), IpRange.parse(text), text);
    }

    @Test
    void zerosWithoutLeadingZerosAreFine() {
        assertContains("0.0.0.0", "0.0.0.0");
        assertContains("10.0.0.0/8", "10.0.0.0");
    }

    @ParameterizedTest
    @ValueSource(strings = {":::", "::1::", "1::2::3", "12345::", "g::1", "2001:db8", "1:2:3:4:5:6:7:8:9",
        "fe80::1%eth0", "fe80::1%1", "[fe80::1%25eth0]", "[::1", "::1]", "[[::1]]", "::1 ::2", "::ffff:300.1.1.1"})
    void malformedIpv6IsRefused(String text) {
        assertEquals(Optional.empty(), IpRange.parse(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.0.0.0/33", "10.0.0.0/100", "10.0.0.0/1000", "::1/129", "2001:db8::/200",
        "/8", "/", "10.0.0.0/", "10.0.0.0/8/8", "10.0.0.0//8", "10.0.0.0/-1", "10.0.0.0/+8", "10.0.0.0/8a",
        "10.0.0.0/ 8", "10.0.0.0/0x8", "10.0.0.0/８", "::1/", "[::1]/", "10.0.0.0/8,10.1.0.0/16"})
    void malformedPrefixIsRefused(String text) {
        assertEquals(Optional.empty(), IpRange.parse(text), text);
    }

    @Test
    void overlyLongTextIsRefused() {
        assertEquals(Optional.empty(), IpRange.parse("1".repeat(65)));
        assertEquals(Optional.empty(), IpRange.parse("1".repeat(100_000)));
        assertEquals(Optional.empty(), IpRange.parse("2001:db8::/32" + " ".repeat(60)), "checked before trimming");
        assertEquals(Optional.empty(), IpRange.parse("::" + "0".repeat(70)));
    }

    @Test
    void longestRealisticFormsFitTheLengthLimit() {
        String longest = "[ffff:ffff:ffff:ffff:ffff:ffff:255.255.255.255]/128";
        assertContains(longest, "ffff:ffff:ffff:ffff:ffff:ffff:ffff:ffff");
        assertContains("0000:0000:0000:0000:0000:0000:0000:0001/128", "::1");
    }

    @Test
    void boundaryPrefixLengthsAreAccepted() {
        assertTrue(IpRange.parse("10.0.0.0/0").isPresent());
        assertTrue(IpRange.parse("10.0.0.0/32").isPresent());
        assertTrue(IpRange.parse("::/0").isPresent());
        assertTrue(IpRange.parse("::1/128").isPresent());
    }
}
