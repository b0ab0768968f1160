package org.assay.exports.boundary;

import static org.assay.access.control.Permissions.ADMIN_REPORTS_RUN;
import static org.assay.access.control.Permissions.DATA_TABLES_READ;
import static org.assay.access.control.Permissions.ENGAGEMENTS_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.assay.access.boundary.CallerContext;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.exports.entity.FileResult;
import org.assay.files.boundary.FileDownload;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.NotReadyException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryException;
import org.assay.platform.query.QueryFields;
import org.assay.results.control.ExportRequest;
import org.assay.results.control.TableSchema;
import org.assay.results.control.TableSchemas;
import org.assay.results.entity.DataTable;

/**
 * Data-table exports and the file results jobs produce ({@code /file-results}). An export is validated when it is
 * asked for (a bad column or filter is a 400 then, not a failed job later) and runs as a
 * {@code DATA_TABLE_EXPORT} job whose {@code entityId} is the file result. A file result of a data table (or of an
 * engagement's account mappings) is seen by those who see its engagement and may read data tables (engagements);
 * one of an admin report only by holders of {@code api.admin-reports.run}.
 */
@Stateless
public class ExportFacade {

    static final String ENTITY = "FILE_RESULT";

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .string("fileName", "fileName")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EngagementAccess access;

    @Inject
    FileJobs fileJobs;

    @Inject
    CallerContext caller;

    @RolesAllowed(DATA_TABLES_READ)
    public AsyncResultRead exportTable(String tableId, JsonObject body) {
        DataTable table = access.find(DataTable.class, "DATA_TABLE", tableId, DataTable::getEngagementId);
        if (!table.isLoaded()) {
            throw new NotReadyException("DATA_TABLE", tableId, "the analysis run is still writing this table; "
                    + "export it once the run is complete");
        }
        TableSchema schema = TableSchemas.byLogicalName(table.getLogicalName()).orElseThrow();
        JsonObject request = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        try {
            ExportRequest.parse(request, schema);
        } catch (QueryException e) {
            throw new InvalidInputException(List.of(
                    Problem.error(ProblemType.FILTER_CONVERSION_FAILED, e.identifier(), e.reason())));
        }
        return fileJobs.start(AsyncResult.Type.DATA_TABLE_EXPORT, FileResult.Kind.DATA_TABLE_EXPORT,
                table.getLogicalName() + ".csv", table.getEngagementId(), DataTableExport.request(tableId, request));
    }

    @RolesAllowed({DATA_TABLES_READ, ENGAGEMENTS_READ, ADMIN_REPORTS_RUN})
    public FileResultRead get(String id) {
        return FileResultRead.of(findVisible(id));
    }

    /** The data-table exports of the engagements the caller sees. */
    @RolesAllowed(DATA_TABLES_READ)
    public Page<FileResultRead> query(QueryRequest request) {
        return access.page(FileResult.class, FIELDS, request, FileResultRead::of);
    }

    /** The file to stream; 423 while its job is still writing it, so a partial file is never served. */
    @RolesAllowed({DATA_TABLES_READ, ENGAGEMENTS_READ, ADMIN_REPORTS_RUN})
    public FileDownload download(String id) {
        FileResult result = findVisible(id);
        if (!result.isReady()) {
            throw new NotReadyException(ENTITY, id, "the file is still being written; download it once its job "
                    + "is COMPLETE");
        }
        return new FileDownload(result.getFileName(), "text/csv; charset=UTF-8", result.getSize(),
                result.getBlobId());
    }

    private FileResult findVisible(String id) {
        FileResult result = store.find(FileResult.class, ENTITY, id);
        String permission = switch (result.getKind()) {
            case DATA_TABLE_EXPORT -> DATA_TABLES_READ;
            case ACCOUNT_MAPPING_EXPORT -> ENGAGEMENTS_READ;
            case ADMIN_REPORT -> ADMIN_REPORTS_RUN;
        };
        if (!caller.hasPermission(permission)) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        if (result.getEngagementId() != null) {
            access.checkVisible(result.getEngagementId(), ENTITY, id);
        }
        return result;
    }
}
