package org.assay.jobs.boundary;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Beats a job's heart at most every few seconds however often it is called, so that a job can call it from every
 * batch it writes without flooding the job ledger.
 */
public final class JobHeartbeat implements Runnable {

    private static final Duration BEAT_EVERY = Duration.ofSeconds(5);

    private final JobContext job;
    private final Clock clock;
    private Instant last;

    public JobHeartbeat(JobContext job, Clock clock) {
        this.job = job;
        this.clock = clock;
        this.last = clock.instant();
    }

    @Override
    public void run() {
        Instant now = clock.instant();
        if (now.isAfter(last.plus(BEAT_EVERY))) {
            job.beat();
            last = now;
        }
    }
}
