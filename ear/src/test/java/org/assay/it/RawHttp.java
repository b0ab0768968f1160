package org.assay.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/**
 * Plain HTTP/1.1 over a socket bound to a chosen loopback address (127.0.0.2, 127.0.0.3, …), to play a client
 * behind a proxy or a client of its own, as rate limits and address checks see it.
 */
final class RawHttp {

    private RawHttp() {
    }

    /** The status of a GET sent from {@code fromAddress}; {@code forwardedFor} may be null. */
    static int get(String fromAddress, String path, String token, String forwardedFor) {
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress(fromAddress, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", 8180), 5000);
            socket.setSoTimeout(10000);
            String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:8180\r\n"
                    + (token == null ? "" : "Authorization: Bearer " + token + "\r\n")
                    + (forwardedFor == null ? "" : "X-Forwarded-For: " + forwardedFor + "\r\n")
                    + "Connection: close\r\n\r\n";
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return Integer.parseInt(response.substring(9, 12));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
