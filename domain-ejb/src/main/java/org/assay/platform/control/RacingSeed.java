package org.assay.platform.control;

import jakarta.transaction.Status;
import jakarta.transaction.SystemException;
import jakarta.transaction.UserTransaction;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a start-up seed in its own transaction, tolerating the race of several nodes starting at once on one
 * database: the loser's transaction fails (constraint or optimistic lock), rolls back and the seed runs again, when
 * it finds the winner's rows and has nothing left to do. Only a seed that still fails after three attempts stops
 * the deployment.
 */
public final class RacingSeed {

    private static final Logger LOG = Logger.getLogger(RacingSeed.class.getName());
    private static final int ATTEMPTS = 3;

    /** The seed's work, inside the transaction. */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    private RacingSeed() {
    }

    /** Runs {@code work} (named {@code what} in logs) in a transaction of {@code transaction}, retrying races. */
    public static void run(UserTransaction transaction, String what, Work work) {
        for (int attempt = 1;; attempt++) {
            try {
                transaction.begin();
                work.run();
                transaction.commit();
                return;
            } catch (Exception e) { // constraint or optimistic-lock failures at flush or commit, and their wrappers
                rollBack(transaction, what);
                if (attempt == ATTEMPTS) {
                    throw new IllegalStateException("Could not seed " + what + " in " + ATTEMPTS + " attempts", e);
                }
                int failed = attempt;
                LOG.log(Level.INFO, e, () -> "Seeding " + what + " failed on attempt " + failed
                        + ", probably racing another node; checking again");
            }
        }
    }

    private static void rollBack(UserTransaction transaction, String what) {
        try {
            if (transaction.getStatus() != Status.STATUS_NO_TRANSACTION) {
                transaction.rollback();
            }
        } catch (SystemException | IllegalStateException | SecurityException e) {
            LOG.log(Level.WARNING, "Could not roll back the failed seeding of " + what, e);
        }
    }
}
