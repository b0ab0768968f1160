package org.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.servlet.http.HttpServletRequest;
import java.lang.reflect.Proxy;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

    private static final String CLIENT = "203.0.113.7";
    private static final String PROXY = "10.0.0.1";

    /** A request from {@code peer} with one {@code X-Forwarded-For} header per given value; nothing else answers. */
    private static HttpServletRequest request(String peer, String... forwardedFor) {
        return (HttpServletRequest) Proxy.newProxyInstance(ClientAddressesTest.class.getClassLoader(),
                new Class<?>[] {HttpServletRequest.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getRemoteAddr" -> peer;
                    case "getHeaders" -> "x-forwarded-for".equalsIgnoreCase((String) args[0])
                            ? Collections.enumeration(List.of(forwardedFor))
                            : Collections.emptyEnumeration();
                    case "toString" -> "request from " + peer;
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static ClientAddresses trusting(String... proxies) {
        return withSettings(Optional.of(List.of(proxies)));
    }

    private static ClientAddresses withSettings(Optional<List<String>> settings) {
        ClientAddresses addresses = new ClientAddresses();
        addresses.trustedProxySettings = settings;
        addresses.parse();
        return addresses;
    }

    // no trusted proxies

    @Test
    void withoutTrustedProxiesThePeerIsTheClient() {
        ClientAddresses addresses = withSettings(Optional.empty());
        assertEquals(CLIENT, addresses.of(request(CLIENT)));
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT)), "the header is ignored");
    }

    @Test
    void anEmptyTrustedListTrustsNobody() {
        assertEquals(PROXY, trusting().of(request(PROXY, CLIENT)));
    }

    @Test
    void untrustedPeerCannotChooseItsAddressWithTheHeader() {
        ClientAddresses addresses = trusting("10.0.0.0/8");
        assertEquals(CLIENT, addresses.of(request(CLIENT, "10.0.0.5")));
        assertEquals(CLIENT, addresses.of(request(CLIENT, "198.51.100.1, 10.0.0.5")));
    }

    // trusted peer

    @Test
    void trustedPeerForwardsTheClientAddress() {
        assertEquals(CLIENT, trusting(PROXY).of(request(PROXY, CLIENT)));
        assertEquals(CLIENT, trusting("10.0.0.0/8").of(request(PROXY, CLIENT)));
    }

    @Test
    void theRightMostUntrustedHopWinsOverAddressesTheClientSupplied() {
        // the client sent "X-Forwarded-For: 198.51.100.1"; the trusted proxy appended the real peer
        assertEquals(CLIENT, trusting(PROXY).of(request(PROXY, "198.51.100.1, " + CLIENT)));
    }

    @Test
    void severalTrustedHopsAreSkipped() {
        ClientAddresses addresses = trusting("10.0.0.0/8", "192.168.1.1");
        assertEquals(CLIENT, addresses.of(request(PROXY, "198.51.100.1, " + CLIENT + ", 192.168.1.1, 10.0.0.5")));
        assertEquals(CLIENT, addresses.of(request(PROXY, CLIENT + ",10.0.0.6,10.0.0.5")));
    }

    @Test
    void whenEveryHopIsTrustedTheLeftMostIsTheClient() {
        assertEquals("10.0.0.5", trusting("10.0.0.0/8").of(request(PROXY, "10.0.0.5, 10.0.0.6")));
    }

    @Test
    void trustedPeerWithoutTheHeaderIsTheClient() {
        assertEquals(PROXY, trusting(PROXY).of(request(PROXY)));
    }

    @Test
    void trustedPeerWithAnEmptyHeaderIsTheClient() {
        assertEquals(PROXY, trusting(PROXY).of(request(PROXY, "")));
        assertEquals(PROXY, trusting(PROXY).of(request(PROXY, "   ")));
    }

    @Test
    void hopsAreTrimmed() {
        assertEquals(CLIENT, trusting(PROXY).of(request(PROXY, "  " + CLIENT + "\t")));
    }

    @Test
    void multipleHeadersAreReadAsOneListInOrder() {
        ClientAddresses addresses = trusting("10.0.0.0/8");
        assertEquals(CLIENT, addresses.of(request(PROXY, "198.51.100.1", CLIENT + ", 10.0.0.5")));
        assertEquals(CLIENT, addresses.of(request(PROXY, "198.51.100.1", CLIENT, "10.0.0.5")));
        assertEquals("198.51.100.1", addresses.of(request(PROXY, CLIENT, "198.51.100.1")), "the last header is nearest");
    }

    // malformed hops

    @Test
    void malformedRightMostHopLeavesThePeer() {
        ClientAddresses addresses = trusting(PROXY);
        assertEquals(PROXY, addresses.of(request(PROXY, "garbage")));
        assertEquals(PROXY, addresses.of(request(PROXY, "unknown")));
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT + ", not-an-address")));
        assertEquals(PROXY, addresses.of(request(PROXY, "example.com")));
        assertEquals(PROXY, addresses.of(request(PROXY, "localhost")));
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT + ":443")), "a port makes it malformed");
        assertEquals(PROXY, addresses.of(request(PROXY, "300.1.1.1")));
        assertEquals(PROXY, addresses.of(request(PROXY, "fe80::1%eth0")));
        assertEquals(PROXY, addresses.of(request(PROXY, "10.0.0.0/8")), "a range is not an address");
    }

    @Test
    void malformedHopStopsTheWalkAtTheLastGoodHop() {
        // nothing left of a malformed entry is trusted: the last well-formed hop (a trusted proxy) is returned
        ClientAddresses addresses = trusting("10.0.0.0/8");
        assertEquals("10.0.0.5", addresses.of(request(PROXY, CLIENT + ", garbage, 10.0.0.5")));
        assertEquals("10.0.0.6", addresses.of(request(PROXY, CLIENT + ", 10.0.0.5, bad, 10.0.0.6")));
    }

    @Test
    void emptyHopStopsTheWalk() {
        ClientAddresses addresses = trusting("10.0.0.0/8");
        assertEquals("10.0.0.5", addresses.of(request(PROXY, CLIENT + ",,10.0.0.5")));
        assertEquals("10.0.0.5", addresses.of(request(PROXY, CLIENT + ", ,10.0.0.5")));
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT + ", ")), "blank right-most entry");
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT, " ")), "blank last header");
    }

    @Test
    void emptyRightMostEntryStopsTheWalk() {
        ClientAddresses addresses = trusting("10.0.0.0/8");
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT + ",")));
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT, "")));
        assertEquals(PROXY, addresses.of(request(PROXY, CLIENT + ", 10.0.0.5,")), "nothing left of a blank entry counts");
    }

    @Test
    void malformedHopLeftOfTheClientDoesNotMatter() {
        assertEquals(CLIENT, trusting(PROXY).of(request(PROXY, "garbage, " + CLIENT)));
    }

    // IPv6

    @Test
    void ipv6ProxiesAndClientsWork() {
        ClientAddresses addresses = trusting("::1", "2001:db8:ffff::/48");
        assertEquals("2001:db8::7", addresses.of(request("0:0:0:0:0:0:0:1", "2001:db8::7")));
        assertEquals("2001:db8::7", addresses.of(request("::1", "2001:db8::7, 2001:db8:ffff::2")));
        assertEquals(CLIENT, addresses.of(request("::1", CLIENT)));
        assertEquals("2001:db8::9", addresses.of(request("2001:db8::9", CLIENT)), "untrusted IPv6 peer");
    }

    @Test
    void bracketedIpv6HopIsAnAddress() {
        assertEquals("[2001:db8::7]", trusting(PROXY).of(request(PROXY, "[2001:db8::7]")));
    }

    @Test
    void ipv4MappedPeerIsTrustedByItsIpv4Range() {
        assertEquals(CLIENT, trusting("10.0.0.0/8").of(request("::ffff:10.0.0.1", CLIENT)));
    }

    @Test
    void ipv4ProxyRangeDoesNotTrustIpv6Peers() {
        assertEquals("::1", trusting("0.0.0.0/0").of(request("::1", CLIENT)));
    }

    // configuration

    @Test
    void configuredRangesMayCarryWhitespace() {
        assertEquals(CLIENT, trusting(" 10.0.0.0/8 ").of(request(PROXY, CLIENT)));
    }

    @Test
    void invalidConfiguredProxyIsRefusedAtStartup() {
        for (String bad : List.of("proxy.example.com", "10.0.0.0/33", "300.1.1.1", "", "localhost")) {
            ClientAddresses addresses = new ClientAddresses();
            addresses.trustedProxySettings = Optional.of(List.of("10.0.0.0/8", bad));
            IllegalStateException e = assertThrows(IllegalStateException.class, addresses::parse, bad);
            assertTrue(e.getMessage().contains("assay.http.trusted-proxies"), e.getMessage());
            assertTrue(e.getMessage().endsWith(": " + bad), e.getMessage());
        }
    }
}
