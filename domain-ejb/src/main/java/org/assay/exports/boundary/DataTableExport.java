package org.assay.exports.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.Writer;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHeartbeat;
import org.assay.jobs.entity.AsyncResult;
import org.assay.results.control.ExportRequest;
import org.assay.results.control.RowReader;
import org.assay.results.control.TableCsv;
import org.assay.results.control.TableSchema;
import org.assay.results.control.TableSchemas;
import org.assay.results.entity.DataTable;

/**
 * The {@code DATA_TABLE_EXPORT} job: streams the selected rows of a data table, in order, as CSV into the file
 * result ({@link FileJob}). Nothing is held in memory but one row.
 */
@ApplicationScoped
public class DataTableExport extends FileJob {

    private static final Logger LOG = Logger.getLogger(DataTableExport.class.getName());

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

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
    protected void write(JobContext job, JsonObject stored, Writer out) throws IOException {
        DataTable table = steps.table(stored.getString("dataTableId"));
        if (table == null) {
            throw new IOException("The data table " + stored.getString("dataTableId") + " was deleted");
        }
        TableSchema schema = TableSchemas.byLogicalName(table.getLogicalName()).orElseThrow();
        ExportRequest request = ExportRequest.parse(stored.getJsonObject("request"), schema);
        JobHeartbeat heartbeat = new JobHeartbeat(job, clock);
        TableCsv csv = new TableCsv(out, schema, request.rows().columns(), request.csv(), request.innerList());
        csv.header();
        long started = System.nanoTime();
        long[] streamed = new long[1];
        try (Connection connection = database.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false); // PostgreSQL streams a result set only inside a transaction
            try {
                new RowReader(schema).stream(connection, table.getAnalysisResultId(), request.rows(),
                        request.limit(), values -> {
                            csv.accept(values);
                            if (++streamed[0] % 10_000 == 0) {
                                heartbeat.run();
                            }
                        });
            } finally {
                connection.commit();
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("Reading the rows of data table " + table.getId() + " failed", e);
        }
        LOG.info(() -> String.format("Export %s: %d rows of %s in %d ms", job.entityId(), streamed[0],
                table.getLogicalName(), (System.nanoTime() - started) / 1_000_000));
    }

}
