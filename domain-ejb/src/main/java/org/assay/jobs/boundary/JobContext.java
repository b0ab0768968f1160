package org.assay.jobs.boundary;

import org.assay.platform.entity.UserInfo;

/**
 * One run of one job.
 *
 * @param asyncResultId the job
 * @param entityId      what the job works on (its {@code entityId})
 * @param startedBy     the user who started the job: stamps the changes the job makes, as there is no caller
 * @param attempt       1 for the first run, more after a restart took it over
 * @param ledger        for heart beats and the final state
 */
public record JobContext(String asyncResultId, String entityId, UserInfo startedBy, int attempt, JobLedger ledger) {

    /** Tells other nodes the job is alive; cheap enough to call every few seconds. */
    public void beat() {
        ledger.beat(asyncResultId);
    }
}
