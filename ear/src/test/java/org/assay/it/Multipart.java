package org.assay.it;

import java.io.FileNotFoundException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code multipart/form-data} request as the official client (urllib3) sends it: a JSON part without a file
 * name, then the file part with its name and a guessed content type. File parts are streamed from disk.
 */
final class Multipart {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final String boundary = "assay-it-" + System.nanoTime();
    private final List<HttpRequest.BodyPublisher> pieces = new ArrayList<>();

    Multipart json(String name, String json) {
        text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + json + "\r\n");
        return this;
    }

    Multipart file(String name, String fileName, String contentType, Path content) {
        text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        try {
            pieces.add(HttpRequest.BodyPublishers.ofFile(content));
        } catch (FileNotFoundException e) {
            throw new IllegalArgumentException(e);
        }
        text("\r\n");
        return this;
    }

    Multipart bytes(String name, String fileName, String contentType, byte[] content) {
        text("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + contentType + "\r\n\r\n");
        pieces.add(HttpRequest.BodyPublishers.ofByteArray(content));
        text("\r\n");
        return this;
    }

    Api.Reply post(String path, String token) {
        text("--" + boundary + "--\r\n");
        HttpRequest request = HttpRequest.newBuilder(URI.create(Api.ROOT + path)).timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(pieces.toArray(HttpRequest.BodyPublisher[]::new))).build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return Api.reply(response);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private void text(String text) {
        pieces.add(HttpRequest.BodyPublishers.ofByteArray(text.getBytes(StandardCharsets.UTF_8)));
    }
}
