package org.assay.catalogue.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assay.platform.entity.ObjectIds;

/**
 * The read-only catalogue every installation starts with ({@code catalogue.json} next to this class): the system
 * libraries, analysis types and analysis source types, under the fixed ids the official client hard-codes
 * (wire-conventions §11).
 */
public record CatalogueSeed(List<LibrarySeed> libraries, List<AnalysisTypeSeed> analysisTypes,
        List<AnalysisSourceTypeSeed> analysisSourceTypes) {

    static final String RESOURCE = "catalogue.json";
    // The column lengths of the entities.
    private static final int LIBRARY_NAME_MAX = 80;
    private static final int TYPE_NAME_MAX = 120;
    private static final int DESCRIPTION_MAX = 1000;
    private static final int FEATURES_MAX = 400;

    public CatalogueSeed {
        libraries = libraries == null ? List.of() : List.copyOf(libraries);
        analysisTypes = analysisTypes == null ? List.of() : List.copyOf(analysisTypes);
        analysisSourceTypes = analysisSourceTypes == null ? List.of() : List.copyOf(analysisSourceTypes);
    }

    /** The bundled seed; a seed that contradicts itself stops the deployment rather than serve half a catalogue. */
    public static CatalogueSeed load() {
        CatalogueSeed seed;
        try (InputStream json = CatalogueSeed.class.getResourceAsStream(RESOURCE)) {
            if (json == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the deployment");
            }
            seed = CatalogueJson.seed(json);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> mistakes = seed.mistakes();
        if (!mistakes.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " is inconsistent: " + String.join("; ", mistakes));
        }
        return seed;
    }

    /** Everything that makes the seed unusable: bad or repeated ids, dangling references, overlong text. */
    public List<String> mistakes() {
        List<String> mistakes = new ArrayList<>();
        Set<String> typeIds = ids(analysisTypes, AnalysisTypeSeed::id, "analysis type", mistakes);
        Set<String> sourceTypeIds = ids(analysisSourceTypes, AnalysisSourceTypeSeed::id, "analysis source type",
                mistakes);
        ids(libraries, LibrarySeed::id, "library", mistakes);
        for (LibrarySeed library : libraries) {
            String where = "library " + library.id();
            checkText(library.name(), LIBRARY_NAME_MAX, where + " name", true, mistakes);
            if (library.riskScoreDisplay() == null) {
                mistakes.add(where + " has no riskScoreDisplay");
            }
            checkReferences(library.analysisTypeIds(), typeIds, where + " analysisTypeIds", mistakes);
        }
        for (AnalysisTypeSeed type : analysisTypes) {
            String where = "analysis type " + type.id();
            checkText(type.name(), TYPE_NAME_MAX, where + " name", true, mistakes);
            checkText(type.interimName(), TYPE_NAME_MAX, where + " interimName", false, mistakes);
            checkText(type.description(), DESCRIPTION_MAX, where + " description", false, mistakes);
            Set<String> scoped = new HashSet<>();
            for (SourceConfiguration configuration : type.sourceConfigurations()) {
                String of = where + " source configuration " + configuration.sourceTypeId();
                if (configuration.sourceScope() == null) {
                    mistakes.add(of + " has no sourceScope");
                } else if (!scoped.add(configuration.sourceTypeId() + "/" + configuration.sourceScope())) {
                    mistakes.add(of + " is configured twice for " + configuration.sourceScope());
                }
                if (!sourceTypeIds.contains(configuration.sourceTypeId())) {
                    mistakes.add(of + " names an unknown analysis source type");
                }
                checkReferences(configuration.alternativeRequiredSourceTypes(), sourceTypeIds,
                        of + " alternativeRequiredSourceTypes", mistakes);
            }
        }
        for (AnalysisSourceTypeSeed type : analysisSourceTypes) {
            String where = "analysis source type " + type.id();
            checkText(type.name(), TYPE_NAME_MAX, where + " name", true, mistakes);
            checkText(type.interimName(), TYPE_NAME_MAX, where + " interimName", false, mistakes);
            if (CatalogueJson.features(type.features()).length() > FEATURES_MAX) {
                mistakes.add(where + " has more features than fit in " + FEATURES_MAX + " characters");
            }
            Set<String> fields = type.columnDefinitions().stream().map(ColumnDefinition::mindbridgeFieldName)
                    .filter(Objects::nonNull).collect(Collectors.toSet());
            Set<String> seen = new HashSet<>();
            for (ColumnDefinition column : type.columnDefinitions()) {
                String of = where + " column " + column.mindbridgeFieldName();
                if (column.mindbridgeFieldName() == null || column.mindbridgeFieldName().isBlank()) {
                    mistakes.add(where + " has a column without mindbridgeFieldName");
                } else if (!seen.add(column.mindbridgeFieldName())) {
                    mistakes.add(of + " is defined twice");
                }
                if (column.type() == null) {
                    mistakes.add(of + " has no type");
                }
                checkReferences(column.alternativeMappings(), fields, of + " alternativeMappings", mistakes);
            }
        }
        return mistakes;
    }

    /** The ids of {@code entries}, recording malformed and repeated ones. */
    private static <T> Set<String> ids(List<T> entries, Function<T, String> id, String kind, List<String> mistakes) {
        Set<String> ids = new HashSet<>();
        for (T entry : entries) {
            String value = id.apply(entry);
            if (!ObjectIds.isValid(value)) {
                mistakes.add(kind + " id '" + value + "' is not 24 lower-case hex digits");
            } else if (!ids.add(value)) {
                mistakes.add(kind + " id " + value + " is used twice");
            }
        }
        return ids;
    }

    private static void checkReferences(List<String> references, Set<String> known, String where,
            List<String> mistakes) {
        List<String> dangling = references.stream().filter(reference -> !known.contains(reference)).toList();
        if (!dangling.isEmpty()) {
            mistakes.add(where + " names unknown ids " + String.join(", ", dangling));
        }
    }

    private static void checkText(String text, int max, String where, boolean required, List<String> mistakes) {
        if (text == null || text.isBlank()) {
            if (required) {
                mistakes.add(where + " is missing");
            }
        } else if (text.length() > max) {
            mistakes.add(where + " is longer than " + max + " characters");
        }
    }
}
