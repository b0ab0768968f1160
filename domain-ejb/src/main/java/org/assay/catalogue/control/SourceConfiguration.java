package org.assay.catalogue.control;

import java.util.List;

/**
 * {@code ApiSourceConfigurationRead}: one kind of source file an analysis type takes, for one scope. Used as the
 * seed's shape, the stored form and the wire form alike.
 *
 * @param alternativeRequiredSourceTypes source types that, when present in the same scope, satisfy {@code required}
 */
public record SourceConfiguration(String sourceTypeId, Scope sourceScope, boolean required, boolean postAnalysis,
        boolean interimOnly, boolean disableForInterim, boolean allowMultiple, boolean allowMultipleForPeriodic,
        List<String> alternativeRequiredSourceTypes, boolean tracksAdditionalDataEntries) {

    /** Which analysis periods a source applies to; {@code ANALYSIS}-scoped sources carry no period. */
    public enum Scope {
        CURRENT_PERIOD, PRIOR_PERIOD, ANALYSIS
    }

    public SourceConfiguration {
        alternativeRequiredSourceTypes = alternativeRequiredSourceTypes == null ? List.of()
                : List.copyOf(alternativeRequiredSourceTypes);
    }
}
