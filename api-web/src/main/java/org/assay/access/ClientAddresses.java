package org.assay.access;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import org.assay.tokens.control.IpRange;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address a request comes from: the connection's peer, unless that peer is a configured trusted proxy
 * ({@code assay.http.trusted-proxies}, addresses or CIDR ranges, none by default), in which case the right-most
 * {@code X-Forwarded-For} entry that is not itself a trusted proxy. A client can therefore never choose its own
 * address by sending the header.
 */
@ApplicationScoped
public class ClientAddresses {

    @Inject
    @ConfigProperty(name = "assay.http.trusted-proxies")
    Optional<List<String>> trustedProxySettings;

    private List<IpRange> trustedProxies;

    @PostConstruct
    void parse() {
        trustedProxies = trustedProxySettings.orElse(List.of()).stream()
                .map(text -> IpRange.parse(text).orElseThrow(() -> new IllegalStateException(
                        "assay.http.trusted-proxies: not an address or CIDR range: " + text)))
                .toList();
    }

    public String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!isTrusted(peer)) {
            return peer;
        }
        String forwarded = String.join(",", java.util.Collections.list(request.getHeaders("X-Forwarded-For")));
        String[] hops = forwarded.split(",", -1);
        String client = peer;
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].trim();
            if (hop.isEmpty() || IpRange.literal(hop).isEmpty()) {
                return client; // a malformed entry: trust nothing to its left
            }
            client = hop;
            if (!isTrusted(hop)) {
                return hop;
            }
        }
        return client;
    }

    private boolean isTrusted(String address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }
}
