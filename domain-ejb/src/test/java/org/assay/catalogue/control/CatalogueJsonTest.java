package org.assay.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assay.catalogue.control.ColumnDefinition.Type;
import org.assay.catalogue.control.SourceConfiguration.Scope;
import org.junit.jupiter.api.Test;

/** The stored form of the nested lists reads back as what was written. */
class CatalogueJsonTest {

    @Test
    void columnDefinitionsRoundTripAndOmitNulls() {
        List<ColumnDefinition> columns = List.of(
                new ColumnDefinition("amount", null, Type.NUMBER, true, true, false, List.of("debit", "credit"), null),
                new ColumnDefinition("fund_type", "fund_type", Type.TEXT, false, false, false, List.of(), "UNRESTRICTED"));
        String json = CatalogueJson.toJson(columns);
        assertFalse(json.contains("null"), json);
        assertEquals(columns, CatalogueJson.columnDefinitions(json));
    }

    @Test
    void sourceConfigurationsRoundTrip() {
        List<SourceConfiguration> configurations = List.of(new SourceConfiguration("4b8361d00000000000000007",
                Scope.CURRENT_PERIOD, true, false, false, true, false, true, List.of("4b8361d00000000000000009"), false));
        assertEquals(configurations, CatalogueJson.sourceConfigurations(CatalogueJson.toJson(configurations)));
    }

    @Test
    void missingListsAndFlagsReadAsEmptyAndFalse() {
        List<SourceConfiguration> parsed = CatalogueJson.sourceConfigurations(
                "[{\"sourceTypeId\":\"4b8361d00000000000000000\",\"sourceScope\":\"ANALYSIS\"}]");
        assertEquals(List.of(new SourceConfiguration("4b8361d00000000000000000", Scope.ANALYSIS, false, false, false,
                false, false, false, List.of(), false)), parsed);
    }

    @Test
    void featuresAreStoredCommaSeparated() {
        List<SourceTypeFeature> features = List.of(SourceTypeFeature.PARSE, SourceTypeFeature.REVIEW_FUNDS);
        assertEquals("PARSE,REVIEW_FUNDS", CatalogueJson.features(features));
        assertEquals(features, CatalogueJson.features("PARSE,REVIEW_FUNDS"));
        assertEquals(List.of(), CatalogueJson.features(""));
    }

    @Test
    void storedJsonThatNoLongerParsesHoldsNothing() {
        List<ColumnDefinition> none = List.of();
        assertTrue(CatalogueJson.holds("[]", none, CatalogueJson::columnDefinitions));
        assertFalse(CatalogueJson.holds("{not json", none, CatalogueJson::columnDefinitions));
        assertFalse(CatalogueJson.holds(null, none, CatalogueJson::columnDefinitions));
    }
}
