package org.assay.catalogue.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.time.Instant;
import java.util.function.Consumer;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.catalogue.entity.Library;
import org.assay.platform.entity.UserInfo;

/** The catalogue tables on in-memory H2 (persistence unit {@code catalogue-test}), emptied on demand. */
public final class CatalogueDatabase {

    public static final UserInfo SYSTEM = new UserInfo("000000000000000000000000", "Assay");

    private static EntityManagerFactory factory;

    private CatalogueDatabase() {
    }

    public static synchronized EntityManager entityManager() {
        if (factory == null) {
            factory = Persistence.createEntityManagerFactory("catalogue-test");
        }
        return factory.createEntityManager();
    }

    /** Runs {@code work} in one transaction of a fresh entity manager. */
    public static void inTransaction(Consumer<EntityManager> work) {
        EntityManager em = entityManager();
        try {
            em.getTransaction().begin();
            work.accept(em);
            em.getTransaction().commit();
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public static CatalogueUpsert.Outcome seed(CatalogueSeed seed, Instant at) {
        CatalogueUpsert.Outcome[] outcome = new CatalogueUpsert.Outcome[1];
        inTransaction(em -> outcome[0] = new CatalogueUpsert(em, SYSTEM, at).apply(seed));
        return outcome[0];
    }

    public static void empty() {
        inTransaction(em -> {
            for (Class<?> type : new Class<?>[] {Library.class, AnalysisType.class, AnalysisSourceType.class}) {
                em.createQuery("select e from " + type.getSimpleName() + " e", type).getResultList()
                        .forEach(em::remove);
            }
        });
    }
}
