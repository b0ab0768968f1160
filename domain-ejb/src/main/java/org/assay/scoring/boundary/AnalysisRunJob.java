package org.assay.scoring.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assay.analyses.entity.Analysis;
import org.assay.ingestion.control.JournalLine;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHandler;
import org.assay.jobs.boundary.JobHeartbeat;
import org.assay.jobs.entity.AsyncResult;
import org.assay.results.control.LineOrigins;
import org.assay.results.control.ResultWriter;
import org.assay.scoring.control.Ledger;
import org.assay.scoring.control.LedgerBuilder;
import org.assay.scoring.control.ScoreSheet;
import org.assay.scoring.control.ScoringEngine;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code ANALYSIS_RUN} job: reads the analysis's ingested journal lines into a columnar ledger, scores every
 * line and transaction with the control-point bundle, writes the scored rows of the result in committed batches
 * and publishes the result. A restarted run starts again from scratch (rows of the interrupted attempt are removed
 * first); a run that fails or is given up leaves no rows and no data tables behind.
 */
@ApplicationScoped
public class AnalysisRunJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(AnalysisRunJob.class.getName());
    private static final String LINES = "select rowId, transactionId, entryNo, account, accountDescription, "
            + "effectiveDay, enteredDay, userName, sourceCode, memo, companyCode, debitCents, creditCents "
            + "from journal_line where sourceId = ? order by rowId";

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    @Inject
    RunSteps steps;

    @Inject
    ScoringConfiguration configuration;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.scoring.batch-size", defaultValue = "2000")
    int batchSize;

    @Override
    public AsyncResult.Type type() {
        return AsyncResult.Type.ANALYSIS_RUN;
    }

    @Override
    public void run(JobContext job) throws SQLException {
        Optional<RunSteps.Input> begun = steps.begin(job);
        if (begun.isEmpty()) {
            job.ledger().fail(job.asyncResultId(), "The analysis was deleted before it ran", null);
            return;
        }
        RunSteps.Input input = begun.get();
        JobHeartbeat heartbeat = new JobHeartbeat(job, clock);
        try (Connection connection = database.getConnection()) {
            ResultWriter.delete(connection, input.resultId());
            long started = System.nanoTime();
            LedgerBuilder builder = new LedgerBuilder();
            LineOrigins origins = new LineOrigins();
            for (String sourceId : input.sourceIds()) {
                read(connection, sourceId, builder, origins, heartbeat);
                builder.nextSource();
            }
            Ledger ledger = builder.build();
            long read = System.nanoTime();
            steps.advance(job, Analysis.Status.PROCESSING);
            ScoreSheet sheet = new ScoringEngine().score(ledger, configuration.settings(input));
            long scored = System.nanoTime();
            steps.advance(job, Analysis.Status.CONSOLIDATING_RESULTS);
            ResultWriter writer = new ResultWriter(connection, input.resultId(), batchSize, heartbeat);
            writer.writeLines(ledger, sheet, origins, input.bands()::level);
            writer.writeTransactions(ledger, sheet, input.bands()::level);
            long written = System.nanoTime();
            steps.finish(job, ledger.lineCount(), ledger.transactionCount());
            LOG.info(() -> String.format("Analysis run %s: %d lines, %d transactions; read %d ms, scored %d ms "
                    + "(%.0f lines/s), written %d ms", input.resultId(), ledger.lineCount(),
                    ledger.transactionCount(), millis(started, read), millis(read, scored),
                    ledger.lineCount() / Math.max(1e-9, (scored - read) / 1e9), millis(scored, written)));
        }
    }

    private void read(Connection connection, String sourceId, LedgerBuilder builder, LineOrigins origins,
            Runnable heartbeat) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
        try (PreparedStatement query = connection.prepareStatement(LINES)) {
            query.setFetchSize(5000);
            query.setString(1, sourceId);
            try (ResultSet rows = query.executeQuery()) {
                long count = 0;
                while (rows.next()) {
                    long rowId = rows.getLong(1);
                    builder.accept(new JournalLine(rowId, rows.getString(2), rows.getInt(3), rows.getString(4),
                            rows.getString(5), rows.getInt(6), rows.getInt(7), rows.getString(8), rows.getString(9),
                            rows.getString(10), rows.getString(11), rows.getLong(12), rows.getLong(13)));
                    origins.add(sourceId, rowId);
                    if (++count % 50_000 == 0) {
                        heartbeat.run();
                    }
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(autoCommit);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    @Override
    public void abandon(JobContext job, String reason) {
        try (Connection connection = database.getConnection()) {
            ResultWriter.delete(connection, job.entityId());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not remove the rows of abandoned analysis result " + job.entityId(), e);
        }
        steps.fail(job, reason);
    }
}
