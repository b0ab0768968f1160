package org.assay.webhooks.control;

import java.net.IDN;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Where a webhook may point. An absolute {@code https} URL with a host and no user name or password in it; not a
 * host of the reference's refused list ({@code .local}, {@code .azure.com}, {@code microsoft.net},
 * {@code mindbridge.ai}, {@code mindbridge.com}); not {@code localhost} nor an address literal that is loopback,
 * private, link-local, unique-local, multicast or unspecified — the server must not be turned into a probe of its
 * own network. With {@code allowLoopback} (tests and local development only) loopback targets are accepted, over
 * {@code http} too. {@link #deliverable} repeats the address check on what a host name resolves to.
 */
public final class WebhookUrls {

    private static final List<String> REFUSED_SUFFIXES = List.of(".local", ".azure.com", "microsoft.net",
            "mindbridge.ai", "mindbridge.com", ".localhost", ".internal");
    private static final Pattern IPV4_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private WebhookUrls() {
    }

    /** Why {@code url} cannot be a webhook target, or empty when it can. */
    public static Optional<String> problem(String url, boolean allowLoopback) {
        if (url == null || url.isBlank()) {
            return Optional.of("url is required");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            return Optional.of("url is not a valid URL: " + e.getReason());
        }
        if (!uri.isAbsolute() || uri.isOpaque()) {
            return Optional.of("url must be an absolute https URL, e.g. https://hooks.example.com/assay");
        }
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("https") && !scheme.equals("http")) {
            return Optional.of("url must use https, not " + scheme);
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of("url must not carry a user name or password");
        }
        String host = uri.getHost();
        if (host == null || host.isBlank()) {
            return Optional.of("url must name a host");
        }
        host = host.toLowerCase(Locale.ROOT);
        boolean loopback = isLoopbackName(host) || literal(host).map(InetAddress::isLoopbackAddress).orElse(false);
        if (loopback) {
            return allowLoopback ? Optional.empty()
                    : Optional.of("url must not point at this server (" + host + "): loopback targets are refused");
        }
        if (!scheme.equals("https")) {
            return Optional.of("url must use https; plain http is refused");
        }
        String ascii;
        try {
            ascii = host.startsWith("[") ? host : IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
        } catch (IllegalArgumentException e) {
            return Optional.of("url names an invalid host " + host);
        }
        for (String suffix : REFUSED_SUFFIXES) {
            String bare = suffix.startsWith(".") ? suffix.substring(1) : suffix;
            if (ascii.equals(bare) || ascii.endsWith(suffix.startsWith(".") ? suffix : "." + suffix)) {
                return Optional.of("url must not point at " + ascii + ": hosts under " + bare + " are refused");
            }
        }
        Optional<InetAddress> address = literal(host);
        if (address.isPresent() && !isPublic(address.get())) {
            return Optional.of("url must not point at a private, link-local or reserved address (" + host + ")");
        }
        return Optional.empty();
    }

    /**
     * Whether every address {@code host} resolves to may be called; checked again before each delivery, because
     * a public name can later resolve to an internal address.
     */
    public static Optional<String> deliverable(String host, boolean allowLoopback) throws UnknownHostException {
        for (InetAddress address : InetAddress.getAllByName(host)) {
            if (address.isLoopbackAddress() && allowLoopback) {
                continue;
            }
            if (!isPublic(address)) {
                return Optional.of(host + " resolves to " + address.getHostAddress()
                        + ", a loopback, private or reserved address: delivery refused");
            }
        }
        return Optional.empty();
    }

    /** Not loopback, private (RFC 1918, unique-local fc00::/7), link-local, CGNAT, multicast or unspecified. */
    static boolean isPublic(InetAddress address) {
        if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet6Address) {
            return (bytes[0] & 0xfe) != 0xfc; // fc00::/7 unique-local
        }
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        return first != 0 && !(first == 100 && second >= 64 && second < 128) // 100.64.0.0/10 shared (CGNAT)
                && !(first == 192 && second == 0 && (bytes[2] & 0xff) == 0) && first < 240;
    }

    private static boolean isLoopbackName(String host) {
        return host.equals("localhost") || host.endsWith(".localhost");
    }

    /** The address an IP literal host stands for; empty for a name (never resolved here). */
    private static Optional<InetAddress> literal(String host) {
        String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        boolean looksLiteral = IPV4_LITERAL.matcher(bare).matches() || bare.contains(":");
        if (!looksLiteral) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(bare)); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
    }
}
