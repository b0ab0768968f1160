package org.assay.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assay.catalogue.control.ColumnDefinition.Type;
import org.assay.catalogue.control.SourceConfiguration.Scope;
import org.assay.ingestion.control.GlField;
import org.assay.platform.entity.ObjectIds;
import org.junit.jupiter.api.Test;

/** The bundled seed against the constants the official client hard-codes (wire-conventions §11). */
class CatalogueSeedTest {

    static final String FOR_PROFIT = "5cc9076887f13cb8a7a1926b";
    static final String NOT_FOR_PROFIT = "5cc90bbd87f13cb8a7a1926d";
    static final String NOT_FOR_PROFIT_WITH_FUNDS = "5cc90b8f87f13cb8a7a1926c";
    static final String REVIEW = "5f2c22489db6c9ff301b16cb";
    static final String GL = "4b8360d00000000000000000";
    static final String NFP_GL = "4b8360d00000000000000001";
    static final String NFP_GL_FUNDS = "4b8360d00000000000000002";
    static final String AP = "4b8360d00000000000000003";
    static final String AR = "4b8360d00000000000000004";
    static final String GL_JOURNAL = "4b8361d00000000000000000";
    static final List<String> SOURCE_TYPE_SUFFIXES = List.of("00", "01", "02", "03", "04", "05", "06", "07", "08",
            "09", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "39", "51", "57", "58",
            "59", "5a");

    private final CatalogueSeed seed = CatalogueSeed.load();

    private static <T> Map<String, T> byId(List<T> entries, Function<T, String> id) {
        return entries.stream().collect(Collectors.toMap(id, Function.identity()));
    }

    @Test
    void theBundledSeedIsConsistent() {
        assertEquals(List.of(), seed.mistakes());
    }

    @Test
    void everyFixedIdOfTheClientIsSeededAndWellFormed() {
        assertEquals(Set.of(FOR_PROFIT, NOT_FOR_PROFIT, NOT_FOR_PROFIT_WITH_FUNDS, REVIEW),
                byId(seed.libraries(), LibrarySeed::id).keySet());
        assertEquals(Set.of(GL, NFP_GL, NFP_GL_FUNDS, AP, AR), byId(seed.analysisTypes(), AnalysisTypeSeed::id).keySet());
        Set<String> expectedSourceTypes = SOURCE_TYPE_SUFFIXES.stream().map(suffix -> "4b8361d000000000000000" + suffix)
                .collect(Collectors.toSet());
        assertEquals(expectedSourceTypes, byId(seed.analysisSourceTypes(), AnalysisSourceTypeSeed::id).keySet());
        seed.libraries().forEach(library -> assertTrue(ObjectIds.isValid(library.id()), library.id()));
        seed.analysisTypes().forEach(type -> assertTrue(ObjectIds.isValid(type.id()), type.id()));
        seed.analysisSourceTypes().forEach(type -> assertTrue(ObjectIds.isValid(type.id()), type.id()));
    }

    @Test
    void theForProfitLibraryCarriesTheNamePartnerScriptsLookFor() {
        LibrarySeed forProfit = byId(seed.libraries(), LibrarySeed::id).get(FOR_PROFIT);
        assertEquals("MindBridge for-profit", forProfit.name());
        assertEquals(List.of(GL, AP, AR), forProfit.analysisTypeIds());
        assertEquals(1, seed.libraries().stream().filter(l -> l.name().equals("MindBridge for-profit")).count());
    }

    @Test
    void eachLibraryOffersItsKindOfAnalysis() {
        Map<String, LibrarySeed> libraries = byId(seed.libraries(), LibrarySeed::id);
        assertEquals(List.of(NFP_GL), libraries.get(NOT_FOR_PROFIT).analysisTypeIds());
        assertEquals(List.of(NFP_GL_FUNDS), libraries.get(NOT_FOR_PROFIT_WITH_FUNDS).analysisTypeIds());
        assertEquals(List.of(GL), libraries.get(REVIEW).analysisTypeIds());
        seed.libraries().forEach(library -> assertTrue(library.riskScoreDisplay() != null, library.id()));
    }

    @Test
    void everyReferencedSourceTypeExists() {
        Set<String> sourceTypes = byId(seed.analysisSourceTypes(), AnalysisSourceTypeSeed::id).keySet();
        for (AnalysisTypeSeed type : seed.analysisTypes()) {
            assertFalse(type.sourceConfigurations().isEmpty(), type.name());
            for (SourceConfiguration configuration : type.sourceConfigurations()) {
                assertTrue(sourceTypes.contains(configuration.sourceTypeId()),
                        type.name() + " names " + configuration.sourceTypeId());
                assertTrue(sourceTypes.containsAll(configuration.alternativeRequiredSourceTypes()), type.name());
            }
        }
    }

    @Test
    void everySourceTypeIsUsedByAnAnalysisType() {
        Set<String> used = seed.analysisTypes().stream().flatMap(type -> type.sourceConfigurations().stream())
                .map(SourceConfiguration::sourceTypeId).collect(Collectors.toSet());
        assertEquals(byId(seed.analysisSourceTypes(), AnalysisSourceTypeSeed::id).keySet(), used);
    }

    @Test
    void theGeneralLedgerAnalysisRequiresTheJournalOfTheCurrentPeriod() {
        AnalysisTypeSeed gl = byId(seed.analysisTypes(), AnalysisTypeSeed::id).get(GL);
        List<SourceConfiguration> required = gl.sourceConfigurations().stream().filter(SourceConfiguration::required)
                .toList();
        assertEquals(1, required.size());
        assertEquals(GL_JOURNAL, required.get(0).sourceTypeId());
        assertEquals(Scope.CURRENT_PERIOD, required.get(0).sourceScope());
        assertTrue(gl.accountMappingRequired());
    }

    @Test
    void theJournalColumnsAreTheFieldsTheLedgerParserMapsOnto() {
        Map<String, ColumnDefinition> columns = byId(
                byId(seed.analysisSourceTypes(), AnalysisSourceTypeSeed::id).get(GL_JOURNAL).columnDefinitions(),
                ColumnDefinition::mindbridgeFieldName);
        Set<String> parserFields = Arrays.stream(GlField.values()).map(GlField::mindbridgeField)
                .collect(Collectors.toSet());
        assertEquals(parserFields, columns.keySet());

        for (String field : List.of("transaction_id", "account_id", "effective_date", "amount")) {
            assertTrue(columns.get(field).required(), field + " is required");
            assertFalse(columns.get(field).allowBlanks(), field + " may not be blank");
        }
        assertEquals(Type.DATE, columns.get("effective_date").type());
        assertEquals(Type.DATE, columns.get("entered_date").type());
        assertEquals(Type.TEXT, columns.get("account_id").type());
        for (String amount : List.of("debit", "credit", "amount")) {
            assertEquals(Type.NUMBER, columns.get(amount).type(), amount);
        }
        assertEquals(List.of("debit", "credit"), columns.get("amount").alternativeMappings(),
                "a signed amount, or debit and credit together");
        assertFalse(columns.get("debit").required());
        assertFalse(columns.get("credit").required());
    }

    @Test
    void journalsGoThroughEveryImportStepAndFundsAreReviewed() {
        Map<String, AnalysisSourceTypeSeed> types = byId(seed.analysisSourceTypes(), AnalysisSourceTypeSeed::id);
        assertTrue(types.get(GL_JOURNAL).features().containsAll(List.of(SourceTypeFeature.FORMAT_DETECTION,
                SourceTypeFeature.COLUMN_MAPPING, SourceTypeFeature.EFFECTIVE_DATE_METRICS, SourceTypeFeature.PARSE)));
        assertFalse(types.get(GL_JOURNAL).features().contains(SourceTypeFeature.REVIEW_FUNDS));
        assertTrue(types.get("4b8361d00000000000000001").features().contains(SourceTypeFeature.REVIEW_FUNDS));
        seed.analysisSourceTypes().forEach(type -> assertFalse(type.columnDefinitions().isEmpty(), type.name()));
    }

    @Test
    void mistakesNameWhatIsWrong() {
        ColumnDefinition amount = new ColumnDefinition("amount", null, Type.NUMBER, true, true, false,
                List.of("debit"), null);
        CatalogueSeed broken = new CatalogueSeed(
                List.of(new LibrarySeed("not-an-id", " ", List.of(GL), LibrarySeed.RiskScoreDisplay.PERCENTAGE)),
                List.of(new AnalysisTypeSeed(GL, "x".repeat(121), null, null, false, false, false, false, 1,
                        List.of(new SourceConfiguration(GL_JOURNAL, Scope.CURRENT_PERIOD, true, false, false, false,
                                false, false, List.of("4b8361d000000000000000ff"), false)))),
                List.of(new AnalysisSourceTypeSeed(GL_JOURNAL, "Journal", null, List.of(), List.of(amount, amount)),
                        new AnalysisSourceTypeSeed(GL_JOURNAL, "Again", null, List.of(), List.of())));
        String mistakes = String.join("\n", broken.mistakes());
        for (String expected : new String[] {"library id 'not-an-id'", "library not-an-id name is missing",
            "analysis type " + GL + " name is longer than 120", "alternativeRequiredSourceTypes names unknown ids "
                    + "4b8361d000000000000000ff", "analysis source type id " + GL_JOURNAL + " is used twice",
            "column amount is defined twice", "column amount alternativeMappings names unknown ids debit"}) {
            assertTrue(mistakes.contains(expected), "expected '" + expected + "' in\n" + mistakes);
        }
        assertTrue(broken.mistakes().size() >= 7, mistakes);
    }

    @Test
    void aLibraryNamingAnUnknownAnalysisTypeIsAMistake() {
        CatalogueSeed dangling = new CatalogueSeed(
                List.of(new LibrarySeed(FOR_PROFIT, "Lib", List.of(AP), LibrarySeed.RiskScoreDisplay.PERCENTAGE)),
                List.of(), List.of());
        assertEquals(List.of("library " + FOR_PROFIT + " analysisTypeIds names unknown ids " + AP), dangling.mistakes());
    }
}
