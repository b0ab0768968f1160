package org.assay.results.boundary;

import static org.assay.access.control.Permissions.ANALYSES_READ;
import static org.assay.access.control.Permissions.DATA_TABLES_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
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
}
