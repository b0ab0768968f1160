package org.assay.analyses.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assay.platform.control.Jsons;

/**
 * Decides whether an analysis may run, as the reference's {@code preflightErrors}: every source required by the
 * analysis type's {@code sourceConfigurations} is ingested for every period, none is still ingesting or failed, and
 * warnings are either absent or ignored. Readiness deliberately does not wait for an account-mapping verification
 * call: partners run analyses without one.
 */
public final class Preflight {

    /** The preflight error names of the reference, in the order they are reported. */
    public enum Error {
        IN_PROGRESS, NOT_READY, ARCHIVED, REQUIRED_FILES_MISSING, SOURCES_NOT_READY, SOURCE_ERROR,
        UNVERIFIED_ACCOUNT_MAPPINGS, ANALYSIS_PERIOD_OVERLAP, SOURCE_WARNINGS_PRESENT
    }

    /** What the check needs to know of one source. */
    public record Source(String sourceTypeId, String periodId, SourceState state, boolean warningsPresent,
            boolean warningsIgnored) {
    }

    /** A source's {@code sourceStatuses[].status}, from its workflow state. */
    public enum SourceState { IMPORTING, UPLOADING, IN_PROGRESS, COMPLETED, CANCELLED, FAILED }

    private Preflight() {
    }

    public static List<Error> errors(String sourceConfigurationsJson, boolean interim, boolean archived,
            boolean running, List<String> periodIds, List<Source> sources) {
        Set<Error> errors = new LinkedHashSet<>();
        if (running) {
            errors.add(Error.IN_PROGRESS);
        }
        if (archived) {
            errors.add(Error.ARCHIVED);
        }
        for (JsonObject configuration : configurations(sourceConfigurationsJson)) {
            if (!requiredNow(configuration, interim)) {
                continue;
            }
            Set<String> acceptable = new LinkedHashSet<>();
            acceptable.add(configuration.getString("sourceTypeId"));
            JsonArray alternatives = configuration.getJsonArray("alternativeRequiredSourceTypes");
            if (alternatives != null) {
                alternatives.getValuesAs(JsonString.class).forEach(s -> acceptable.add(s.getString()));
            }
            boolean perPeriod = "CURRENT_PERIOD".equals(configuration.getString("sourceScope", "CURRENT_PERIOD"));
            List<String> scopes = perPeriod ? periodIds : Collections.singletonList(null);
            for (String periodId : scopes) {
                boolean present = sources.stream().anyMatch(s -> acceptable.contains(s.sourceTypeId())
                        && (periodId == null || periodId.equals(s.periodId())) && s.state() == SourceState.COMPLETED);
                if (!present) {
                    errors.add(Error.REQUIRED_FILES_MISSING);
                }
            }
        }
        for (Source source : sources) {
            switch (source.state()) {
                case FAILED -> errors.add(Error.SOURCE_ERROR);
                case COMPLETED, CANCELLED -> {
                    if (source.state() == SourceState.COMPLETED && source.warningsPresent()
                            && !source.warningsIgnored()) {
                        errors.add(Error.SOURCE_WARNINGS_PRESENT);
                    }
                }
                default -> errors.add(Error.SOURCES_NOT_READY);
            }
        }
        List<Error> ordered = new ArrayList<>(errors);
        ordered.sort(null);
        return ordered;
    }

    private static boolean requiredNow(JsonObject configuration, boolean interim) {
        if (!configuration.getBoolean("required", false) || configuration.getBoolean("postAnalysis", false)) {
            return false;
        }
        if (configuration.getBoolean("interimOnly", false) && !interim) {
            return false;
        }
        return !(configuration.getBoolean("disableForInterim", false) && interim);
    }

    private static List<JsonObject> configurations(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        return Jsons.parse(json).asJsonArray().stream().filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .map(JsonValue::asJsonObject).toList();
    }
}
