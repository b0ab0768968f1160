package org.assay.scoring.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import org.assay.analyses.entity.Analysis;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.jobs.boundary.JobRunner;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityStore;
import org.assay.results.control.TableSchema;
import org.assay.results.control.TableSchemas;
import org.assay.results.entity.AnalysisResult;
import org.assay.results.entity.DataTable;
import org.assay.tasks.entity.Task;

/**
 * Starting and removing analysis runs, inside the caller's transaction (the analysis façade checks permissions
 * and readiness). A run creates its analysis result, its two data tables (loading until the job finishes) and its
 * {@code ANALYSIS_RUN} job at once, as the official client looks for them as soon as the call returns.
 */
@Stateless
public class AnalysisRuns {

    private static final List<TableSchema> TABLES = List.of(TableSchemas.journalLines(),
            TableSchemas.journalTransactions());

    @Inject
    EntityStore store;

    @Inject
    JobRunner jobs;

    public AsyncResultRead start(Analysis analysis) {
        AnalysisResult result = store.create(new AnalysisResult(analysis.getId(), analysis.getEngagementId(),
                analysis.getAnalysisTypeId(), analysis.isInterim(), analysis.getReportingPeriodConfigurationId(),
                analysis.getAnalysisPeriods()));
        for (TableSchema table : TABLES) {
            store.create(new DataTable(analysis.getEngagementId(), analysis.getId(), result.getId(),
                    table.logicalName(), table.logicalName(), table.columnsJson()));
        }
        analysis.setStatus(Analysis.Status.PREPARING_DATA);
        store.modified(analysis);
        AsyncResult job = store.create(new AsyncResult(AsyncResult.Type.ANALYSIS_RUN,
                AsyncResult.EntityType.ANALYSIS_RESULT, result.getId(), analysis.getEngagementId()));
        jobs.startAfterCommit(job.getId());
        return AsyncResultRead.of(job);
    }

    /** Removes every result of the analysis with its data tables, scored rows and tasks. */
    public void removeAll(String analysisId) {
        for (String table : List.of("result_line", "result_tx")) {
            store.em().createNativeQuery("delete from " + table + " where resultId in "
                    + "(select id from analysis_result where analysisId = ?1)")
                    .setParameter(1, analysisId).executeUpdate();
        }
        // One by one, so that their element collections go with them.
        for (Class<?> owned : List.of(Task.class, DataTable.class, AnalysisResult.class)) {
            store.em().createQuery("select o from " + owned.getSimpleName() + " o where o.analysisId = :analysisId",
                    owned).setParameter("analysisId", analysisId).getResultList().forEach(store.em()::remove);
        }
    }
}
