package org.assay.exports.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.assay.exports.entity.FileResult;
import org.assay.files.boundary.StoredFiles;
import org.assay.files.control.StoredFile;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.entity.AsyncResult;
import org.assay.results.entity.DataTable;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The transactional steps of a file-producing job (exports, reports), each committed on its own; a finished export
 * is announced to the {@code EXPORT_READY} webhooks. Not a caller-facing façade.
 */
@Stateless
public class ExportSteps {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    StoredFiles storedFiles;

    @Inject
    WebhookEvents webhooks;

    @Inject
    @ConfigProperty(name = "assay.exports.retention", defaultValue = "P7D")
    Duration retention;

    /** The file result the job writes; empty when it was deleted meanwhile. */
    public Optional<FileResult> begin(JobContext job) {
        return Optional.ofNullable(em.find(FileResult.class, job.entityId()));
    }

    public DataTable table(String dataTableId) {
        return em.find(DataTable.class, dataTableId);
    }

    /**
     * The file is stored in full: the file result names it from now on (until it expires) and the job is
     * complete. A file whose result was deleted meanwhile is removed again.
     */
    public void publish(JobContext job, StoredFile file) {
        FileResult result = em.find(FileResult.class, job.entityId());
        if (result == null) {
            storedFiles.delete(List.of(file.id()));
            return;
        }
        result.publish(file.id(), file.size(), clock.instant().plus(retention));
        result.stampModified(job.startedBy(), clock.instant());
        AsyncResult async = em.find(AsyncResult.class, job.asyncResultId());
        if (async != null && async.isInProgress()) {
            async.complete();
            async.stampModified(job.startedBy(), clock.instant());
        }
        if (result.getKind() == FileResult.Kind.DATA_TABLE_EXPORT) {
            webhooks.publish(WebhookEvent.of(WebhookEventType.EXPORT_READY,
                    job.startedBy() == null ? null : job.startedBy().getUserId(), "fileExportId", result.getId()));
        }
    }
}
