package org.assay.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs jobs on the server's managed executor (never on threads of our own), one task per job. A job starts only
 * after the transaction that created it committed, so the task always finds its async result.
 */
@ApplicationScoped
public class JobRunner {

    private static final Logger LOG = Logger.getLogger(JobRunner.class.getName());

    @Resource
    ManagedExecutorService executor;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    JobLedger ledger;

    @Inject
    @Any
    Instance<JobHandler> handlers;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.jobs.stale-after", defaultValue = "PT2M")
    Duration staleAfter;

    @Inject
    @ConfigProperty(name = "assay.jobs.max-attempts", defaultValue = "3")
    int maxAttempts;

    private Instant started;

    @PostConstruct
    void start() {
        started = clock.instant();
    }

    /** Starts the job once the current transaction commits (not at all if it rolls back). */
    public void startAfterCommit(String asyncResultId) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    submit(asyncResultId);
                }
            }
        });
    }

    /** Queues the job; it runs unless somebody is running it already. */
    public void submit(String asyncResultId) {
        executor.submit(() -> run(asyncResultId));
    }

    /** This node's name in job claims: WildFly's node name, unique per node of a cluster. */
    public static String node() {
        return System.getProperty("jboss.node.name", "assay");
    }

    Duration staleAfter() {
        return staleAfter;
    }

    private void run(String id) {
        Optional<JobLedger.Claim> taken = ledger.claim(id, node(), started, staleAfter);
        if (taken.isEmpty()) {
            return;
        }
        JobLedger.Claim claim = taken.get();
        JobHandler handler = handlers.stream().filter(h -> h.type() == claim.type()).findFirst().orElse(null);
        if (handler == null) {
            ledger.fail(id, "Assay cannot run jobs of type " + claim.type(), null);
            return;
        }
        JobContext job = new JobContext(id, claim.entityId(), claim.startedBy(), claim.attempt(), ledger);
        if (claim.attempt() > maxAttempts) {
            int interruptions = claim.attempt() - 1;
            giveUp(handler, job, "The server stopped while running this job (" + interruptions
                    + (interruptions == 1 ? " time" : " times") + "); it was not tried again: start it anew");
            return;
        }
        try {
            handler.run(job);
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Job " + id + " (" + claim.type() + ") failed", e);
            giveUp(handler, job, "The job failed on the server (" + e.getClass().getSimpleName()
                    + "); the server log has the details under job " + id);
        }
    }

    private void giveUp(JobHandler handler, JobContext job, String reason) {
        try {
            handler.abandon(job, reason);
        } finally {
            ledger.fail(job.asyncResultId(), reason, null);
        }
    }
}
