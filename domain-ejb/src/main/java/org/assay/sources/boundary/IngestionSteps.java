package org.assay.sources.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assay.accountmappings.boundary.AccountsSeen;
import org.assay.analyses.entity.Analysis;
import org.assay.analyses.entity.AnalysisPeriod;
import org.assay.files.entity.FileManagerEntry;
import org.assay.ingestion.control.ExplicitMapping;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.control.Jsons;
import org.assay.sources.control.IngestionOutcome;
import org.assay.sources.entity.AnalysisSource;
import org.assay.sources.entity.WorkflowState;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;

/**
 * The transactional steps of an ingestion job, each committed on its own so that pollers see progress. Changes
 * are stamped with the user who started the job (a job has no caller). Not a caller-facing façade.
 */
@Stateless
public class IngestionSteps {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    AccountsSeen accountsSeen;

    @Inject
    WebhookEvents webhooks;

    /** What the job needs to know, read when it starts. {@code blobId} is null when the file is gone. */
    public record Input(String sourceId, String blobId, String fileName, LocalDate periodStart, LocalDate periodEnd,
            List<ExplicitMapping> mappings, WorkflowState target) {
    }

    /** Starts (or restarts) the source's ingestion; empty when the source no longer exists. */
    public Optional<Input> begin(JobContext job) {
        AnalysisSource source = em.find(AnalysisSource.class, job.entityId());
        if (source == null) {
            return Optional.empty();
        }
        source.restart();
        source.advance(WorkflowState.PARSING);
        source.stampModified(job.startedBy(), clock.instant());
        FileManagerEntry file = source.getFileManagerFileId() == null ? null
                : em.find(FileManagerEntry.class, source.getFileManagerFileId());
        Analysis analysis = em.find(Analysis.class, source.getAnalysisId());
        AnalysisPeriod period = analysis == null ? null : analysis.period(source.getAnalysisPeriodId()).orElse(null);
        LocalDate start = period == null ? LocalDate.MIN : period.getStartDate();
        LocalDate end = period == null ? LocalDate.MAX : period.getEndDate();
        return Optional.of(new Input(source.getId(), file == null ? null : file.getBlobId(),
                file == null ? "(deleted file)" : file.fullName(), start, end,
                mappings(source.getProposedColumnMappingsJson()), source.getTargetWorkflowState()));
    }

    public void advance(JobContext job, WorkflowState state) {
        AnalysisSource source = em.find(AnalysisSource.class, job.entityId());
        if (source != null) {
            source.advance(state);
            source.stampModified(job.startedBy(), clock.instant());
        }
    }

    /** Records the outcome on the source and ends the job: {@code COMPLETE}, or {@code ERROR} with the reason. */
    public void finish(JobContext job, IngestionOutcome outcome) {
        finish(job, outcome, Map.of());
    }

    /** As {@link #finish(JobContext, IngestionOutcome)}, recording the accounts a completed source uses. */
    public void finish(JobContext job, IngestionOutcome outcome, Map<String, String> accounts) {
        AnalysisSource source = em.find(AnalysisSource.class, job.entityId());
        if (source != null && !outcome.failed()) {
            accountsSeen.record(source.getEngagementId(), accounts, job.startedBy());
        }
        if (source != null) {
            source.finish(outcome.state(), null, outcome.columnMappingsJson(), outcome.fileInfoJson(),
                    outcome.warningsJson(), outcome.errorsJson(), outcome.lineCount());
            source.stampModified(job.startedBy(), clock.instant());
            webhooks.publish(WebhookEvent.of(outcome.failed() ? WebhookEventType.INGESTION_FAILED
                    : WebhookEventType.INGESTION_COMPLETE, job.startedBy() == null ? null : job.startedBy().getUserId(),
                    "analysisSourceId", source.getId(), "analysisId", source.getAnalysisId(),
                    "engagementId", source.getEngagementId()));
        }
        AsyncResult result = em.find(AsyncResult.class, job.asyncResultId());
        if (result != null && result.isInProgress()) {
            if (outcome.failed()) {
                result.fail(outcome.jobError(), null);
            } else {
                result.complete();
            }
            result.stampModified(job.startedBy(), clock.instant());
        }
    }

    private static List<ExplicitMapping> mappings(String json) {
        if (json == null) {
            return List.of();
        }
        return Jsons.parse(json).asJsonArray().stream().map(JsonValue::asJsonObject)
                .map(m -> new ExplicitMapping(m.getInt("columnPosition"), m.getString("mindbridgeField", null)))
                .toList();
    }
}
