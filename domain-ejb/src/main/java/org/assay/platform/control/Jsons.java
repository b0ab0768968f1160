package org.assay.platform.control;

import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;

/**
 * The JSON-P provider, looked up once. {@code jakarta.json.Json}'s static methods run a ServiceLoader lookup on
 * every call, which on WildFly's module class loaders costs more than the rest of a simple request; measured with
 * JFR on {@code GET /auth/jwks}, it cut throughput by a factor of five.
 */
public final class Jsons {

    public static final JsonProvider PROVIDER = JsonProvider.provider();

    private Jsons() {
    }

    /** Reads JSON text the server wrote itself (stored documents), so malformed text is a bug, not a 400. */
    public static JsonValue parse(String json) {
        try (JsonReader reader = PROVIDER.createReader(new StringReader(json))) {
            return reader.readValue();
        }
    }
}
