package org.assay.catalogue.control;

import java.util.List;
import java.util.Objects;
import org.assay.catalogue.entity.AnalysisSourceType;

/** An analysis source type of the seed: the import steps it goes through and the columns it understands. */
public record AnalysisSourceTypeSeed(String id, String name, String interimName, List<SourceTypeFeature> features,
        List<ColumnDefinition> columnDefinitions) implements Seeded<AnalysisSourceType> {

    public AnalysisSourceTypeSeed {
        features = features == null ? List.of() : List.copyOf(features);
        columnDefinitions = columnDefinitions == null ? List.of() : List.copyOf(columnDefinitions);
    }

    @Override
    public AnalysisSourceType create() {
        AnalysisSourceType type = new AnalysisSourceType(id, name);
        applyTo(type);
        return type;
    }

    @Override
    public boolean describes(AnalysisSourceType type) {
        return name.equals(type.getName()) && Objects.equals(interimName, type.getInterimName())
                && CatalogueJson.features(features).equals(type.getFeatures())
                && CatalogueJson.holds(type.getColumnDefinitionsJson(), columnDefinitions,
                        CatalogueJson::columnDefinitions);
    }

    @Override
    public void applyTo(AnalysisSourceType type) {
        type.describe(name, interimName, CatalogueJson.features(features), CatalogueJson.toJson(columnDefinitions));
    }
}
