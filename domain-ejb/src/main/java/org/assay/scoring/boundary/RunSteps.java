package org.assay.scoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import org.assay.analyses.entity.Analysis;
import org.assay.engagements.entity.AccountingPeriod;
import org.assay.engagements.entity.Engagement;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.entity.AsyncResult;
import org.assay.results.entity.AnalysisResult;
import org.assay.results.entity.DataTable;
import org.assay.riskranges.boundary.RiskRanges;
import org.assay.riskranges.control.RiskBands;
import org.assay.scoring.control.ScoringEngine;
import org.assay.sources.control.SourceKinds;
import org.assay.sources.entity.AnalysisSource;
import org.assay.sources.entity.WorkflowState;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;

/**
 * The transactional steps of an analysis run, each committed on its own so that pollers see the analysis move
 * through its statuses. Changes are stamped with the user who started the run. Not a caller-facing façade.
 */
@Stateless
public class RunSteps {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RiskRanges riskRanges;

    @Inject
    WebhookEvents webhooks;

    /**
     * What the job needs, read when it starts: the general-ledger sources that completed ingestion (in the order
     * they were added), the fiscal year end, the seed and the risk bands that name each row's level.
     */
    public record Input(String resultId, String analysisId, String engagementId, String libraryId,
            String analysisTypeId, List<String> sourceIds, MonthDay fiscalYearEnd, long seed, RiskBands bands) {
    }

    /** Starts (or restarts) the run; empty when the result or its analysis no longer exists. */
    public Optional<Input> begin(JobContext job) {
        AnalysisResult result = em.find(AnalysisResult.class, job.entityId());
        Analysis analysis = result == null ? null : em.find(Analysis.class, result.getAnalysisId());
        if (analysis == null) {
            return Optional.empty();
        }
        Engagement engagement = em.find(Engagement.class, analysis.getEngagementId());
        status(analysis, Analysis.Status.PREPARING_DATA, job);
        List<String> sources = em.createNamedQuery(AnalysisSource.OF_ANALYSIS, AnalysisSource.class)
                .setParameter("analysisId", analysis.getId()).getResultStream()
                .filter(s -> SourceKinds.ingestible(s.getAnalysisSourceTypeId()))
                .filter(s -> s.getWorkflowState() == WorkflowState.COMPLETED)
                .map(AnalysisSource::getId).toList();
        AccountingPeriod period = analysis.getAccountingPeriod() != null ? analysis.getAccountingPeriod()
                : engagement.getAccountingPeriod();
        return Optional.of(new Input(result.getId(), analysis.getId(), analysis.getEngagementId(),
                engagement.getLibraryId(), analysis.getAnalysisTypeId(), sources, fiscalYearEnd(period),
                seed(analysis.getId()), riskRanges.forEngagement(engagement.getId(), engagement.getLibraryId(),
                analysis.getAnalysisTypeId())));
    }

    public void advance(JobContext job, Analysis.Status status) {
        Analysis analysis = analysisOf(job);
        if (analysis != null) {
            status(analysis, status, job);
        }
    }

    /** The rows are written: the tables can be read, the analysis names this result, the job is complete. */
    public void finish(JobContext job, long lines, long transactions) {
        AnalysisResult result = em.find(AnalysisResult.class, job.entityId());
        Analysis analysis = analysisOf(job);
        if (result == null || analysis == null) {
            return;
        }
        result.scoredWith(ScoringEngine.BUNDLE_VERSION, lines, transactions);
        result.stampModified(job.startedBy(), clock.instant());
        tables(result.getId()).forEach(DataTable::markLoaded);
        analysis.setLatestAnalysisResultId(result.getId());
        status(analysis, Analysis.Status.COMPLETED, job);
        AsyncResult async = em.find(AsyncResult.class, job.asyncResultId());
        if (async != null && async.isInProgress()) {
            async.complete();
            async.stampModified(job.startedBy(), clock.instant());
        }
        announce(WebhookEventType.INGESTION_ANALYSIS_COMPLETE, job, analysis);
    }

    /**
     * The run failed: the analysis says so, the result's tables go (they would never load), and the job ends in
     * {@code ERROR} with the reason. The result itself stays, so that the client finds the failed job.
     */
    public void fail(JobContext job, String reason) {
        Analysis analysis = analysisOf(job);
        if (analysis != null) {
            status(analysis, Analysis.Status.FAILED, job);
            announce(WebhookEventType.INGESTION_ANALYSIS_FAILED, job, analysis);
        }
        tables(job.entityId()).forEach(em::remove);
        AsyncResult async = em.find(AsyncResult.class, job.asyncResultId());
        if (async != null && async.isInProgress()) {
            async.fail(reason, null);
            async.stampModified(job.startedBy(), clock.instant());
        }
    }

    private void announce(WebhookEventType type, JobContext job, Analysis analysis) {
        String userId = job.startedBy() == null ? null : job.startedBy().getUserId();
        webhooks.publish(WebhookEvent.of(type, userId, "analysisId", analysis.getId(),
                "analysisResultId", job.entityId(), "engagementId", analysis.getEngagementId()));
    }

    private List<DataTable> tables(String resultId) {
        return em.createQuery("select t from DataTable t where t.analysisResultId = :id", DataTable.class)
                .setParameter("id", resultId).getResultList();
    }

    private Analysis analysisOf(JobContext job) {
        AnalysisResult result = em.find(AnalysisResult.class, job.entityId());
        return result == null ? null : em.find(Analysis.class, result.getAnalysisId());
    }

    private void status(Analysis analysis, Analysis.Status status, JobContext job) {
        analysis.setStatus(status);
        analysis.stampModified(job.startedBy(), clock.instant());
    }

    /** The day before the fiscal year starts; calendar year-end when no accounting period is set. */
    static MonthDay fiscalYearEnd(AccountingPeriod period) {
        if (period == null) {
            return MonthDay.of(12, 31);
        }
        // A non-leap year, so that a year starting on 1 March ends on 28 February.
        LocalDate end = LocalDate.of(2001, period.getFiscalStartMonth(), 1)
                .plusDays(period.getFiscalStartDay() - 1L).minusDays(1);
        return MonthDay.from(end);
    }

    /** Seeded from the analysis and the bundle version (analytics.md §5.4): a re-run scores identically. */
    static long seed(String analysisId) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest((analysisId + "/"
                    + ScoringEngine.BUNDLE_VERSION).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
