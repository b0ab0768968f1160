package org.assay.sources.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.util.List;
import org.assay.analyses.control.Preflight;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.ProblemType;
import org.assay.sources.entity.AnalysisSource;
import org.assay.sources.entity.JournalLineRow;

/**
 * Removing sources with their journal lines, for the source and the analysis façades alike; and what a source's
 * workflow state means for the analysis. Runs in the calling façade's transaction.
 */
@Dependent
public class SourceRemoval {

    static final String ENTITY = "ANALYSIS_SOURCE";

    @Inject
    EntityStore store;

    /** Refused (409) while one of the sources is being ingested: the job would write into a deleted source. */
    public void removeAll(List<AnalysisSource> sources) {
        if (sources.isEmpty()) {
            return;
        }
        List<String> ids = sources.stream().map(AnalysisSource::getId).toList();
        List<String> busy = store.em().createQuery("select a.entityId from AsyncResult a where a.entityId in :ids "
                + "and a.status = :status", String.class).setParameter("ids", ids)
                .setParameter("status", AsyncResult.Status.IN_PROGRESS).getResultList();
        if (!busy.isEmpty()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, busy.get(0), "id",
                    "analysis source " + busy.get(0) + " is being ingested; delete it when its job has ended");
        }
        store.em().createQuery("delete from " + JournalLineRow.class.getSimpleName() + " j where j.sourceId in :ids")
                .setParameter("ids", ids).executeUpdate();
        sources.forEach(store::delete);
    }

    /** The source's {@code sourceStatuses[].status}. */
    public static Preflight.SourceState state(AnalysisSource source) {
        return switch (source.getWorkflowState()) {
            case COMPLETED -> Preflight.SourceState.COMPLETED;
            case FAILED -> Preflight.SourceState.FAILED;
            case CANCELLED -> Preflight.SourceState.CANCELLED;
            case UPLOADED -> Preflight.SourceState.UPLOADING;
            case STARTED -> Preflight.SourceState.IMPORTING;
            default -> Preflight.SourceState.IN_PROGRESS;
        };
    }
}
