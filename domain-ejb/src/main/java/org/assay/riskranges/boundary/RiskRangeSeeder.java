package org.assay.riskranges.boundary;

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
import org.assay.riskranges.control.SystemRiskRange;
import org.assay.riskranges.entity.RiskRange;
import org.assay.platform.control.RacingSeed;
import org.assay.users.boundary.FirstAdmin;

/**
 * Makes sure the system default risk range exists, as seeded, on every start. As with the catalogue, several nodes
 * may start at once on one database: the loser of the race rolls back and checks again, when it finds the winner's
 * row and has nothing left to do.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class RiskRangeSeeder {

    private static final Logger LOG = Logger.getLogger(RiskRangeSeeder.class.getName());

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        RacingSeed.run(transaction, "the system risk range", () -> {
            RiskRange stored = em.find(RiskRange.class, SystemRiskRange.ID);
            if (stored == null) {
                RiskRange created = SystemRiskRange.create();
                created.stampCreated(FirstAdmin.SYSTEM, clock.instant());
                em.persist(created);
                LOG.info("Seeded the system default risk range " + SystemRiskRange.ID);
            } else if (!SystemRiskRange.describes(stored)) {
                SystemRiskRange.applyTo(stored);
                stored.stampModified(FirstAdmin.SYSTEM, clock.instant());
                LOG.info("Restored the system default risk range " + SystemRiskRange.ID + " to its seed");
            }
            em.flush();
        });
    }
}
