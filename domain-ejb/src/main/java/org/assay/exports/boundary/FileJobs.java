package org.assay.exports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.exports.entity.FileResult;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.jobs.boundary.JobRunner;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityStore;

/**
 * Starts a job that produces a file, inside the caller's transaction (whose façade checked permissions and input):
 * the file result it will fill and the async result whose {@code entityId} names it, then the job after commit.
 */
@Stateless
public class FileJobs {

    @Inject
    EntityStore store;

    @Inject
    JobRunner jobs;

    public AsyncResultRead start(AsyncResult.Type type, FileResult.Kind kind, String fileName, String engagementId,
            String requestJson) {
        FileResult result = store.create(new FileResult(kind, fileName, engagementId, requestJson));
        AsyncResult job = store.create(new AsyncResult(type, AsyncResult.EntityType.FILE_RESULT, result.getId(),
                engagementId));
        jobs.startAfterCommit(job.getId());
        return AsyncResultRead.of(job);
    }
}
