package org.assay.results.boundary;

import jakarta.json.JsonArray;
import org.assay.platform.control.Jsons;
import org.assay.results.entity.DataTable;

/** {@code ApiDataTableRead}: no version or audit fields in the reference. */
public record DataTableRead(String id, String engagementId, String analysisId, String analysisResultId,
        String logicalName, String type, JsonArray columns) {

    public static DataTableRead of(DataTable t) {
        return new DataTableRead(t.getId(), t.getEngagementId(), t.getAnalysisId(), t.getAnalysisResultId(),
                t.getLogicalName(), t.getType(), Jsons.parse(t.getColumnsJson()).asJsonArray());
    }
}
