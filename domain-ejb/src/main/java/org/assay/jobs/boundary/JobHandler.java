package org.assay.jobs.boundary;

import org.assay.jobs.entity.AsyncResult;

/**
 * The work behind one {@link AsyncResult.Type}. A CDI bean of the component that owns the work; {@link JobRunner}
 * finds it by type and runs it on the server's managed executor, without a caller and outside any transaction.
 */
public interface JobHandler {

    AsyncResult.Type type();

    /**
     * Does the job and ends it: on success or on a failure the handler can explain, it completes or fails the
     * async result itself (in the same transaction as its own final state). An exception it throws fails the job
     * with a generic reason and then calls {@link #abandon}.
     */
    void run(JobContext job) throws Exception;

    /** Undoes whatever a run that will never finish left behind (it crashed, or the server stopped too often). */
    void abandon(JobContext job, String reason);
}
