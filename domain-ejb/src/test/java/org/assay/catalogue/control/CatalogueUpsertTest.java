package org.assay.catalogue.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.catalogue.entity.Library;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The upsert against a real database: inserts what is missing, corrects what differs, leaves the rest alone. */
class CatalogueUpsertTest {

    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");
    private static final String FOR_PROFIT = "5cc9076887f13cb8a7a1926b";
    private static final String GL = "4b8360d00000000000000000";
    private static final String GL_JOURNAL = "4b8361d00000000000000000";

    private final CatalogueSeed seed = CatalogueSeed.load();

    @BeforeEach
    void emptyTables() {
        CatalogueDatabase.empty();
    }

    private static <T> T read(Class<T> type, String id) {
        EntityManager em = CatalogueDatabase.entityManager();
        try {
            return em.find(type, id);
        } finally {
            em.close();
        }
    }

    @Test
    void aFreshDatabaseReceivesTheWholeSeed() {
        CatalogueUpsert.Outcome outcome = CatalogueDatabase.seed(seed, FIRST);
        int entries = seed.libraries().size() + seed.analysisTypes().size() + seed.analysisSourceTypes().size();
        assertEquals(new CatalogueUpsert.Outcome(entries, 0), outcome);

        Library forProfit = read(Library.class, FOR_PROFIT);
        assertEquals("MindBridge for-profit", forProfit.getName());
        assertTrue(forProfit.isSystem());
        assertEquals(FIRST, forProfit.getCreationDate());
        assertEquals(CatalogueDatabase.SYSTEM, forProfit.getCreatedUserInfo());
        AnalysisType gl = read(AnalysisType.class, GL);
        assertEquals(seed.analysisTypes().stream().filter(t -> t.id().equals(GL)).findFirst().orElseThrow()
                .sourceConfigurations(), CatalogueJson.sourceConfigurations(gl.getSourceConfigurationsJson()));
        AnalysisSourceType journal = read(AnalysisSourceType.class, GL_JOURNAL);
        assertTrue(CatalogueJson.features(journal.getFeatures()).contains(SourceTypeFeature.PARSE));
    }

    @Test
    void seedingAgainChangesNothing() {
        CatalogueDatabase.seed(seed, FIRST);
        long version = read(AnalysisType.class, GL).getVersion();

        CatalogueUpsert.Outcome again = CatalogueDatabase.seed(seed, LATER);

        assertFalse(again.changed(), again.toString());
        AnalysisType gl = read(AnalysisType.class, GL);
        assertEquals(version, gl.getVersion());
        assertEquals(FIRST, gl.getLastModifiedDate());
    }

    @Test
    void aChangedEntryIsRewrittenAndOnlyThatOne() {
        CatalogueDatabase.seed(seed, FIRST);
        List<LibrarySeed> libraries = new ArrayList<>(seed.libraries());
        LibrarySeed old = libraries.stream().filter(l -> l.id().equals(FOR_PROFIT)).findFirst().orElseThrow();
        libraries.set(libraries.indexOf(old), new LibrarySeed(FOR_PROFIT, old.name(), List.of(GL),
                LibrarySeed.RiskScoreDisplay.HIGH_MEDIUM_LOW));

        CatalogueUpsert.Outcome outcome = CatalogueDatabase.seed(
                new CatalogueSeed(libraries, seed.analysisTypes(), seed.analysisSourceTypes()), LATER);

        assertEquals(new CatalogueUpsert.Outcome(0, 1), outcome);
        Library forProfit = read(Library.class, FOR_PROFIT);
        assertEquals(List.of(GL), forProfit.getAnalysisTypeIds());
        assertEquals("HIGH_MEDIUM_LOW", forProfit.getRiskScoreDisplay());
        assertEquals(1, forProfit.getVersion());
        assertEquals(FIRST, forProfit.getCreationDate());
        assertEquals(LATER, forProfit.getLastModifiedDate());
    }

    @Test
    void missingEntriesAreAddedBesideExistingOnes() {
        CatalogueDatabase.seed(new CatalogueSeed(List.of(), List.of(), seed.analysisSourceTypes()), FIRST);
        CatalogueUpsert.Outcome outcome = CatalogueDatabase.seed(seed, LATER);
        assertEquals(new CatalogueUpsert.Outcome(seed.libraries().size() + seed.analysisTypes().size(), 0), outcome);
    }

    @Test
    void storedJsonThatNoLongerMatchesIsRewritten() {
        CatalogueDatabase.seed(seed, FIRST);
        CatalogueDatabase.inTransaction(em -> em.createQuery(
                "update AnalysisSourceType t set t.columnDefinitionsJson = :json where t.id = :id")
                .setParameter("json", "[{\"mindbridgeFieldName\":").setParameter("id", GL_JOURNAL).executeUpdate());

        assertEquals(new CatalogueUpsert.Outcome(0, 1), CatalogueDatabase.seed(seed, LATER));
        assertFalse(CatalogueJson.columnDefinitions(read(AnalysisSourceType.class, GL_JOURNAL)
                .getColumnDefinitionsJson()).isEmpty());
    }
}
