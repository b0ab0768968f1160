package org.assay.jobs.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Logger;

/**
 * Makes jobs survive a server stop. On start, every job still {@code IN_PROGRESS} that this node had taken (or that
 * nobody took) is run again; then, every {@code assay.jobs.stale-after}, jobs whose node stopped beating are taken
 * over (several nodes). A job interrupted more than {@code assay.jobs.max-attempts} times ends in {@code ERROR}
 * with the reason, so nothing stays {@code IN_PROGRESS} for ever.
 */
@Singleton
@Startup
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobRecovery {

    private static final Logger LOG = Logger.getLogger(JobRecovery.class.getName());

    @Resource
    TimerService timers;

    @Inject
    JobLedger ledger;

    @Inject
    JobRunner runner;

    @PostConstruct
    void schedule() {
        long every = runner.staleAfter().toMillis();
        // The first pass runs once the deployment is up, so that every job handler is ready.
        timers.createIntervalTimer(2_000, every, new TimerConfig("job-recovery", false));
    }

    @Timeout
    void recover() {
        List<String> open = ledger.inProgress();
        if (!open.isEmpty()) {
            LOG.fine(() -> "Checking " + open.size() + " job(s) in progress for ones nobody runs");
        }
        open.forEach(runner::submit);
    }
}
