package org.assay.exports.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assay.exports.entity.FileResult;
import org.assay.files.boundary.StoredFiles;
import org.assay.files.control.StoredFile;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHandler;
import org.assay.jobs.boundary.JobHeartbeat;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.control.Jsons;
import org.assay.results.control.ExportRequest;
import org.assay.results.control.RowReader;
import org.assay.results.control.TableCsv;
import org.assay.results.control.TableSchema;
import org.assay.results.control.TableSchemas;
import org.assay.results.entity.DataTable;

/**
 * The {@code DATA_TABLE_EXPORT} job: streams the selected rows of a data table, in order, as CSV into the file
 * store, where the file is written aside and published only once complete; then the file result names it. Nothing
 * is held in memory but one row. A restarted export writes its file again from the start.
 */
@ApplicationScoped
public class DataTableExport implements JobHandler {

    private static final Logger LOG = Logger.getLogger(DataTableExport.class.getName());

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    @Inject
    ExportSteps steps;

    @Inject
    StoredFiles storedFiles;

    @Inject
    Clock clock;

    /** What the file result keeps of an export: the table and the request as the caller sent it. */
    static String request(String dataTableId, JsonObject body) {
        return Json.createObjectBuilder().add("dataTableId", dataTableId).add("request", body).build().toString();
    }

    @Override
    public AsyncResult.Type type() {
        return AsyncResult.Type.DATA_TABLE_EXPORT;
    }

    @Override
    public void run(JobContext job) throws SQLException {
        Optional<FileResult> begun = steps.begin(job);
        if (begun.isEmpty()) {
            job.ledger().fail(job.asyncResultId(), "The export was deleted before it was written", null);
            return;
        }
        JsonObject stored = Jsons.parse(begun.get().getRequestJson()).asJsonObject();
        DataTable table = steps.table(stored.getString("dataTableId"));
        if (table == null) {
            job.ledger().fail(job.asyncResultId(), "The data table was deleted before it was exported", null);
            return;
        }
        TableSchema schema = TableSchemas.byLogicalName(table.getLogicalName()).orElseThrow();
        ExportRequest request = ExportRequest.parse(stored.getJsonObject("request"), schema);
        JobHeartbeat heartbeat = new JobHeartbeat(job, clock);
        long started = System.nanoTime();
        long[] streamed = new long[1];
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
            try {
                StoredFile file = storedFiles.write(out -> {
                    Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                    TableCsv csv = new TableCsv(writer, schema, request.rows().columns(), request.csv(),
                            request.innerList());
                    csv.header();
                    try {
                        new RowReader(schema).stream(connection, table.getAnalysisResultId(), request.rows(),
                                request.limit(), values -> {
                                    csv.accept(values);
                                    if (++streamed[0] % 10_000 == 0) {
                                        heartbeat.run();
                                    }
                                });
                    } catch (SQLException e) {
                        throw new IOException("Reading the rows of data table " + table.getId() + " failed", e);
                    }
                    writer.flush();
                });
                steps.publish(job, file);
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        }
        LOG.info(() -> String.format("Export %s: %d rows of %s in %d ms", job.entityId(), streamed[0],
                table.getLogicalName(), (System.nanoTime() - started) / 1_000_000));
    }

    @Override
    public void abandon(JobContext job, String reason) {
        // Nothing to undo: the file store publishes a file only once it is complete.
    }
}
