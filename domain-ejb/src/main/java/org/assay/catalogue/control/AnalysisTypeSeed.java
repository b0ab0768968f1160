package org.assay.catalogue.control;

import java.util.List;
import java.util.Objects;
import org.assay.catalogue.entity.AnalysisType;

/** An analysis type of the seed with the source files it takes. */
public record AnalysisTypeSeed(String id, String name, String interimName, String description,
        boolean accountMappingRequired, boolean fundSupported, boolean interimSupported, boolean periodicSupported,
        int maxPeriod, List<SourceConfiguration> sourceConfigurations) implements Seeded<AnalysisType> {

    public AnalysisTypeSeed {
        sourceConfigurations = sourceConfigurations == null ? List.of() : List.copyOf(sourceConfigurations);
    }

    @Override
    public AnalysisType create() {
        AnalysisType type = new AnalysisType(id, name);
        applyTo(type);
        return type;
    }

    @Override
    public boolean describes(AnalysisType type) {
        return name.equals(type.getName()) && Objects.equals(interimName, type.getInterimName())
                && Objects.equals(description, type.getDescription())
                && accountMappingRequired == type.isAccountMappingRequired()
                && fundSupported == type.isFundSupported() && interimSupported == type.isInterimSupported()
                && periodicSupported == type.isPeriodicSupported() && maxPeriod == type.getMaxPeriod()
                && CatalogueJson.holds(type.getSourceConfigurationsJson(), sourceConfigurations,
                        CatalogueJson::sourceConfigurations);
    }

    @Override
    public void applyTo(AnalysisType type) {
        type.describe(name, interimName, description, accountMappingRequired, fundSupported, interimSupported,
                periodicSupported, maxPeriod, CatalogueJson.toJson(sourceConfigurations));
    }
}
