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
import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assay.riskranges.control.SystemRiskRange;
import org.assay.riskranges.entity.RiskRange;
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
    private static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Resource
    UserTransaction transaction;

    @Inject
    Clock clock;

    @PostConstruct
    void seed() {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.begin();
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
                transaction.commit();
                return;
            } catch (Exception e) { // constraint or optimistic-lock failures at flush or commit, and their wrappers
                rollBack();
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Could not seed the system risk range in " + ATTEMPTS
                            + " attempts", e);
                }
                int failed = attempt;
                LOG.log(Level.INFO, e, () -> "Seeding the system risk range failed on attempt " + failed
                        + ", probably racing another node; checking again");
            }
        }
    }

    private void rollBack() {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not roll back the failed risk range seeding", e);
        }
    }
}
