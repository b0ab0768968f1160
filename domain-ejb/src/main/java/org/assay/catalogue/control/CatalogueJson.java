package org.assay.catalogue.control;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.json.bind.JsonbException;
import java.io.InputStream;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The stored form of the catalogue's nested lists: source configurations and column definitions as the JSON of
 * their records, features as a comma-separated list. Nothing queries inside them, so they need no tables.
 */
public final class CatalogueJson {

    // Created once: JsonbBuilder looks its provider up through the ServiceLoader on every call.
    private static final Jsonb JSONB = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    private static final Type SOURCE_CONFIGURATIONS = new ArrayList<SourceConfiguration>() { }.getClass()
            .getGenericSuperclass();
    private static final Type COLUMN_DEFINITIONS = new ArrayList<ColumnDefinition>() { }.getClass()
            .getGenericSuperclass();

    private CatalogueJson() {
    }

    public static String toJson(List<?> records) {
        return JSONB.toJson(records);
    }

    public static List<SourceConfiguration> sourceConfigurations(String json) {
        List<SourceConfiguration> parsed = JSONB.fromJson(json, SOURCE_CONFIGURATIONS);
        return List.copyOf(parsed);
    }

    public static List<ColumnDefinition> columnDefinitions(String json) {
        List<ColumnDefinition> parsed = JSONB.fromJson(json, COLUMN_DEFINITIONS);
        return List.copyOf(parsed);
    }

    public static String features(List<SourceTypeFeature> features) {
        return features.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<SourceTypeFeature> features(String stored) {
        return stored.isEmpty() ? List.of()
                : Arrays.stream(stored.split(",")).map(SourceTypeFeature::valueOf).toList();
    }

    /** Whether {@code stored} is the JSON of {@code expected}; stored JSON that no longer parses holds nothing. */
    static <T> boolean holds(String stored, List<T> expected, Function<String, List<T>> parser) {
        try {
            return stored != null && expected.equals(parser.apply(stored));
        } catch (JsonbException e) {
            return false;
        }
    }

    static CatalogueSeed seed(InputStream json) {
        return JSONB.fromJson(json, CatalogueSeed.class);
    }
}
