package org.assay.results.boundary;

import static org.assay.access.control.Permissions.ANALYSES_READ;
import static org.assay.access.control.Permissions.DATA_TABLES_READ;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.NotReadyException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryException;
import org.assay.platform.query.QueryFields;
import org.assay.results.control.RowQuery;
import org.assay.results.control.RowReader;
import org.assay.results.control.TableSchema;
import org.assay.results.control.TableSchemas;
import org.assay.results.entity.AnalysisResult;
import org.assay.results.entity.DataTable;

/**
 * Reading analysis results and their data tables. Both are written by analysis runs; until an analysis ran, its
 * queries answer empty pages.
 */
@Stateless
public class ResultFacade {

    static final QueryFields RESULT_FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("analysisId", "analysisId")
            .id("engagementId", "engagementId")
            .id("analysisTypeId", "analysisTypeId")
            .bool("interim", "interim")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .build();

    static final QueryFields TABLE_FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("engagementId", "engagementId")
            .id("analysisId", "analysisId")
            .id("analysisResultId", "analysisResultId")
            .string("logicalName", "logicalName")
            .string("type", "type")
            .build();

    @Inject
    EngagementAccess access;

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    @RolesAllowed(ANALYSES_READ)
    public AnalysisResultRead result(String id) {
        return AnalysisResultRead.of(access.find(AnalysisResult.class, "ANALYSIS_RESULT", id,
                AnalysisResult::getEngagementId));
    }

    @RolesAllowed(ANALYSES_READ)
    public Page<AnalysisResultRead> results(QueryRequest request) {
        return access.page(AnalysisResult.class, RESULT_FIELDS, request, AnalysisResultRead::of);
    }

    @RolesAllowed(DATA_TABLES_READ)
    public DataTableRead table(String id) {
        return DataTableRead.of(access.find(DataTable.class, "DATA_TABLE", id, DataTable::getEngagementId));
    }

    @RolesAllowed(DATA_TABLES_READ)
    public Page<DataTableRead> tables(QueryRequest request) {
        return access.page(DataTable.class, TABLE_FIELDS, request, DataTableRead::of);
    }

    /**
     * One page of a data table's rows ({@code POST /data-tables/{id}/data}); 423 while the run that writes the
     * table is in progress.
     */
    @RolesAllowed(DATA_TABLES_READ)
    public List<JsonObject> rows(String tableId, JsonObject body) {
        DataTable table = access.find(DataTable.class, "DATA_TABLE", tableId, DataTable::getEngagementId);
        if (!table.isLoaded()) {
            throw new NotReadyException("DATA_TABLE", tableId, "the analysis run is still writing this table; "
                    + "try again in a few seconds");
        }
        TableSchema schema = TableSchemas.byLogicalName(table.getLogicalName()).orElseThrow(() ->
                new IllegalStateException("data table " + tableId + " has no known shape: " + table.getLogicalName()));
        try (Connection connection = database.getConnection()) {
            return new RowReader(schema).page(connection, table.getAnalysisResultId(),
                    RowQuery.parse(body == null ? JsonValue.EMPTY_JSON_OBJECT : body, schema));
        } catch (QueryException e) {
            throw new InvalidInputException(List.of(
                    Problem.error(ProblemType.FILTER_CONVERSION_FAILED, e.identifier(), e.reason())));
        } catch (SQLException e) {
            throw new IllegalStateException("Reading rows of data table " + tableId + " failed", e);
        }
    }
}
