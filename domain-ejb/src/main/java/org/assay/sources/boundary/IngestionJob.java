package org.assay.sources.boundary;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assay.files.boundary.StoredFiles;
import org.assay.files.control.StoredFileNotFoundException;
import org.assay.ingestion.control.IngestionCode;
import org.assay.ingestion.control.IngestionLimits;
import org.assay.ingestion.control.IngestionMessage;
import org.assay.ingestion.control.IngestionReport;
import org.assay.ingestion.control.IngestionRequest;
import org.assay.ingestion.control.LedgerParser;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHandler;
import org.assay.jobs.boundary.JobHeartbeat;
import org.assay.jobs.entity.AsyncResult;
import org.assay.sources.control.IngestionOutcome;
import org.assay.sources.control.JournalLineWriter;
import org.assay.sources.entity.WorkflowState;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code ANALYSIS_SOURCE_INGESTION} job: streams the source's file out of the vault through the ledger parser
 * into the journal-line table, checks that transactions balance, and ends the source {@code COMPLETED} or
 * {@code FAILED}. Lines of a run that does not complete are deleted, and a run restarts from scratch.
 */
@ApplicationScoped
public class IngestionJob implements JobHandler {

    private static final Logger LOG = Logger.getLogger(IngestionJob.class.getName());
    private static final int EXAMPLES = 5;

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    @Inject
    StoredFiles files;

    @Inject
    IngestionSteps steps;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.ingestion.batch-size", defaultValue = "2000")
    int batchSize;

    @Inject
    @ConfigProperty(name = "assay.ingestion.max-line-chars", defaultValue = "1048576")
    int maxLineChars;

    @Override
    public AsyncResult.Type type() {
        return AsyncResult.Type.ANALYSIS_SOURCE_INGESTION;
    }

    @Override
    public void run(JobContext job) throws SQLException {
        Optional<IngestionSteps.Input> begun = steps.begin(job);
        if (begun.isEmpty()) {
            job.ledger().fail(job.asyncResultId(), "The analysis source was deleted before it was ingested", null);
            return;
        }
        IngestionSteps.Input input = begun.get();
        if (input.blobId() == null) {
            steps.finish(job, IngestionOutcome.failure(IngestionCode.FILE_UNREADABLE,
                    "The source's file was deleted from the file manager; upload it again and update the source."));
            return;
        }
        try (Connection connection = database.getConnection()) {
            JournalLineWriter.deleteLines(connection, input.sourceId());
            IngestionOutcome outcome = ingest(job, input, connection);
            if (outcome.lineCount() == 0) {
                JournalLineWriter.deleteLines(connection, input.sourceId());
            }
            Map<String, String> accounts = outcome.lineCount() == 0 ? Map.of()
                    : JournalLineWriter.accounts(connection, input.sourceId());
            try {
                steps.finish(job, outcome, accounts);
            } catch (EJBException e) {
                // Another source of the engagement recorded one of these accounts at the same moment: once more,
                // now that its mappings are visible.
                LOG.log(Level.FINE, "Finishing ingestion " + job.asyncResultId() + " again", e);
                steps.finish(job, outcome, accounts);
            }
        }
    }

    private IngestionOutcome ingest(JobContext job, IngestionSteps.Input input, Connection connection)
            throws SQLException {
        IngestionRequest request = IngestionRequest.forPeriod(input.periodStart(), input.periodEnd())
                .withColumnMappings(input.mappings())
                .withLimits(IngestionLimits.defaults().withMaxRecordChars(maxLineChars));
        IngestionReport report;
        long shortened;
        long written;
        JobHeartbeat heartbeat = new JobHeartbeat(job, clock);
        try (InputStream in = files.open(input.blobId());
                JournalLineWriter writer = new JournalLineWriter(connection, input.sourceId(), batchSize, heartbeat)) {
            report = new LedgerParser().parse(in, request, writer);
            writer.flush();
            shortened = writer.shortened();
            written = writer.written();
        } catch (IOException | UncheckedIOException | StoredFileNotFoundException e) {
            // A stored file that is missing or fails its integrity check: the person can only upload it again.
            LOG.log(Level.WARNING, "Cannot read the stored file of analysis source " + input.sourceId(), e);
            return IngestionOutcome.failure(IngestionCode.FILE_UNREADABLE, "The stored copy of " + input.fileName()
                    + " cannot be read back (" + e.getMessage() + "); upload the file again and update the source.");
        }
        boolean keep = !report.hasErrors() && input.target() == WorkflowState.COMPLETED;
        List<IngestionMessage> more = new ArrayList<>();
        if (keep) {
            steps.advance(job, WorkflowState.CHECKING_INTEGRITY);
            JournalLineWriter.Unbalanced unbalanced = JournalLineWriter.unbalanced(connection, input.sourceId(),
                    EXAMPLES);
            if (unbalanced.count() > 0) {
                more.add(new IngestionMessage(IngestionCode.UNBALANCED_TRANSACTIONS, unbalanced.count()
                        + " transaction(s) do not balance: their debits and credits differ, e.g. "
                        + String.join("; ", unbalanced.examples()) + ". Check that every line of each transaction"
                        + " is in the file and that the transaction id column is mapped correctly.",
                        unbalanced.count()));
            }
        }
        if (shortened > 0) {
            more.add(new IngestionMessage(IngestionCode.VALUES_SHORTENED, shortened + " text value(s) were longer "
                    + "than Assay keeps (100 characters for ids and codes, 255 for names, 1000 for memos) and were "
                    + "shortened.", shortened));
        }
        return IngestionOutcome.of(report, more, input.target(), input.sourceId(), input.fileName(),
                keep ? written : 0);
    }

    @Override
    public void abandon(JobContext job, String reason) {
        try (Connection connection = database.getConnection()) {
            JournalLineWriter.deleteLines(connection, job.entityId());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "Could not remove the lines of abandoned source " + job.entityId(), e);
        }
        steps.finish(job, IngestionOutcome.failure(IngestionCode.INGESTION_ABANDONED, reason));
    }
}
