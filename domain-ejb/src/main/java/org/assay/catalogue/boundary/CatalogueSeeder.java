package org.assay.catalogue.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.logging.Logger;
import org.assay.catalogue.control.CatalogueSeed;
import org.assay.catalogue.control.CatalogueUpsert;
import org.assay.platform.control.RacingSeed;
import org.assay.users.boundary.FirstAdmin;

/**
 * Brings the stored catalogue in line with the bundled seed on every start. Several nodes may start at once on
 * one database: the loser of a race on the same rows sees its transaction fail, rolls back and checks again,
 * when it finds the winner's rows and has nothing left to do. Only a seed that still fails after that stops the
 * deployment.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class CatalogueSeeder {

    private static final Logger LOG = Logger.getLogger(CatalogueSeeder.class.getName());

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        CatalogueSeed seed = CatalogueSeed.load();
        RacingSeed.run(transaction, "the catalogue", () -> {
            CatalogueUpsert.Outcome outcome = new CatalogueUpsert(em, FirstAdmin.SYSTEM, clock.instant()).apply(seed);
            em.flush();
            if (outcome.changed()) {
                LOG.info(() -> "Catalogue seeded: " + outcome.inserted() + " entries inserted, "
                        + outcome.updated() + " updated");
            }
        });
    }
}
