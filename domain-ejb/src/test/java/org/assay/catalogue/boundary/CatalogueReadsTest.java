package org.assay.catalogue.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbConfig;
import jakarta.persistence.EntityManager;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.assay.catalogue.control.CatalogueDatabase;
import org.assay.catalogue.control.CatalogueSeed;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.catalogue.entity.Library;
import org.assay.platform.control.Jsons;
import org.assay.platform.entity.AuditedEntity;
import org.assay.platform.query.EntityQuery;
import org.assay.platform.query.PageRequest;
import org.assay.platform.query.QueryFields;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The façades' query fields against the seeded tables, and the read records as the client receives them. */
class CatalogueReadsTest {

    private static final String FOR_PROFIT = "5cc9076887f13cb8a7a1926b";
    private static final String GL = "4b8360d00000000000000000";
    private static final String AP = "4b8360d00000000000000003";
    private static final String GL_JOURNAL = "4b8361d00000000000000000";
    private static final String OPENING_BALANCE = "4b8361d00000000000000002";
    // As the web tier writes answers (JsonbResolver).
    private static Jsonb jsonb;

    private EntityManager em;

    @BeforeAll
    static void seed() {
        CatalogueDatabase.empty();
        CatalogueDatabase.seed(CatalogueSeed.load(), Instant.parse("2026-01-01T00:00:00Z"));
        jsonb = JsonbBuilder.create(new JsonbConfig().withNullValues(false));
    }

    @AfterAll
    static void closeJsonb() throws Exception {
        jsonb.close();
    }

    @BeforeEach
    void open() {
        em = CatalogueDatabase.entityManager();
    }

    @AfterEach
    void close() {
        em.close();
    }

    private <T extends AuditedEntity> List<String> ids(Class<T> type, QueryFields fields, String filter) {
        JsonObject json = Jsons.PROVIDER.createReader(new StringReader(filter)).readObject();
        return new EntityQuery<>(em, type, fields).page(json, List.of(), new PageRequest(0, 100), null).content()
                .stream().map(AuditedEntity::getId).toList();
    }

    private JsonObject json(Object read) {
        return Jsons.PROVIDER.createReader(new StringReader(jsonb.toJson(read))).readObject();
    }

    @Test
    void systemLibrariesAreFoundAsPartnerScriptsLookForThem() {
        List<String> system = ids(Library.class, LibraryFacade.FIELDS, "{\"system\":{\"$eq\":true}}");
        assertEquals(4, system.size());
        assertTrue(system.contains(FOR_PROFIT));
        assertEquals(system, ids(Library.class, LibraryFacade.FIELDS, "{\"system\":true,\"archived\":false}"));
        assertEquals(List.of(FOR_PROFIT),
                ids(Library.class, LibraryFacade.FIELDS, "{\"name\":\"MindBridge for-profit\"}"));
        assertEquals(List.of(FOR_PROFIT),
                ids(Library.class, LibraryFacade.FIELDS, "{\"analysisTypeIds\":{\"$eq\":\"" + AP + "\"}}"));
        assertEquals(List.of(FOR_PROFIT),
                ids(Library.class, LibraryFacade.FIELDS, "{\"id\":{\"$in\":[\"" + FOR_PROFIT + "\"]}}"));
    }

    @Test
    void analysisTypesAndSourceTypesAreFoundByIdList() {
        assertEquals(List.of(GL, AP), ids(AnalysisType.class, AnalysisTypeFacade.FIELDS,
                "{\"id\":{\"$in\":[\"" + GL + "\",\"" + AP + "\"]}}"));
        assertEquals(List.of(GL), ids(AnalysisType.class, AnalysisTypeFacade.FIELDS, "{\"name\":\"General ledger\"}"));
        assertEquals(List.of(GL_JOURNAL, OPENING_BALANCE), ids(AnalysisSourceType.class, AnalysisSourceTypeFacade.FIELDS,
                "{\"id\":{\"$in\":[\"" + GL_JOURNAL + "\",\"" + OPENING_BALANCE + "\"]}}"));
        assertEquals(28, ids(AnalysisSourceType.class, AnalysisSourceTypeFacade.FIELDS, "{\"archived\":false}").size());
    }

    @Test
    void aLibraryReadsAsApiLibraryRead() {
        JsonObject library = json(LibraryRead.of(em.find(Library.class, FOR_PROFIT)));
        assertEquals("MindBridge for-profit", library.getString("name"));
        assertTrue(library.getBoolean("system"));
        assertFalse(library.getBoolean("archived"));
        assertEquals(FOR_PROFIT, library.getString("originalSystemLibraryId"));
        assertEquals(3, library.getJsonArray("analysisTypeIds").size());
        assertEquals(0, library.getJsonArray("conversionWarnings").size());
        assertEquals("PERCENTAGE", library.getString("riskScoreDisplay"));
        assertTrue(library.getBoolean("riskRangeEditPermission"));
        assertEquals("Assay", library.getJsonObject("createdUserInfo").getString("userName"));
        assertEquals(0, library.getInt("version"));
        assertFalse(library.containsKey("basedOnLibraryId"), "null properties are omitted");
    }

    @Test
    void anAnalysisTypeCarriesItsSourceConfigurationsAsObjects() {
        JsonObject type = json(AnalysisTypeRead.of(em.find(AnalysisType.class, GL)));
        assertEquals("General ledger", type.getString("name"));
        assertTrue(type.getBoolean("accountMappingRequired"));
        JsonObject journal = type.getJsonArray("sourceConfigurations").getJsonObject(0);
        assertEquals(GL_JOURNAL, journal.getString("sourceTypeId"));
        assertEquals("CURRENT_PERIOD", journal.getString("sourceScope"));
        assertTrue(journal.getBoolean("required"));
        for (String field : new String[] {"postAnalysis", "interimOnly", "disableForInterim", "allowMultiple",
            "allowMultipleForPeriodic", "alternativeRequiredSourceTypes", "tracksAdditionalDataEntries"}) {
            assertTrue(journal.containsKey(field), field);
        }
    }

    @Test
    void aSourceTypeCarriesItsFeaturesAndColumns() {
        JsonObject type = json(AnalysisSourceTypeRead.of(em.find(AnalysisSourceType.class, GL_JOURNAL)));
        assertEquals("General ledger journal", type.getString("name"));
        assertEquals("FORMAT_DETECTION", type.getJsonArray("features").getString(0));
        JsonObject first = type.getJsonArray("columnDefinitions").getJsonObject(0);
        assertEquals("transaction_id", first.getString("mindbridgeFieldName"));
        assertEquals("TEXT", first.getString("type"));
        assertTrue(first.getBoolean("required"));
        assertFalse(first.containsKey("defaultValue"), "null properties are omitted");
    }
}
