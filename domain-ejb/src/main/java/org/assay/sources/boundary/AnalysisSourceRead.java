package org.assay.sources.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.platform.control.Jsons;
import org.assay.sources.entity.AnalysisSource;
import org.assay.sources.entity.WorkflowState;

/** {@code ApiAnalysisSourceRead}, plus {@code lineCount} (Assay: journal lines kept from the file). */
public record AnalysisSourceRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String engagementId, String analysisId,
        String analysisPeriodId, String analysisSourceTypeId, String fileManagerFileId,
        Map<String, String> fileManagerFiles, String additionalDataColumnField, boolean warningsIgnored,
        JsonArray warnings, JsonArray errors, WorkflowState workflowState, WorkflowState targetWorkflowState,
        boolean applyDegrouper, boolean degrouperApplied, JsonObject fileInfo, JsonArray proposedColumnMappings,
        JsonArray columnMappings, List<Object> proposedVirtualColumns, List<Object> virtualColumns,
        List<Object> proposedAmbiguousColumnResolutions, List<Object> ambiguousColumnResolutions, long lineCount) {

    public static AnalysisSourceRead of(AnalysisSource s) {
        return new AnalysisSourceRead(s.getId(), s.getVersion(), s.getCreationDate(), s.getLastModifiedDate(),
                UserInfoRead.of(s.getCreatedUserInfo()), UserInfoRead.of(s.getLastModifiedUserInfo()),
                s.getEngagementId(), s.getAnalysisId(), s.getAnalysisPeriodId(), s.getAnalysisSourceTypeId(),
                s.getFileManagerFileId(), s.getFileManagerFileId() == null ? Map.of() : Map.of("1", s.getFileManagerFileId()),
                s.getAdditionalDataColumnField(), s.isWarningsIgnored(), array(s.getWarningsJson()),
                array(s.getErrorsJson()), s.getWorkflowState(), s.getTargetWorkflowState(), s.isApplyDegrouper(), false,
                s.getFileInfoJson() == null ? null : Jsons.parse(s.getFileInfoJson()).asJsonObject(),
                array(s.getProposedColumnMappingsJson()), array(s.getColumnMappingsJson()), List.of(), List.of(),
                List.of(), List.of(), s.getLineCount());
    }

    private static JsonArray array(String json) {
        return json == null ? JsonArray.EMPTY_JSON_ARRAY : Jsons.parse(json).asJsonArray();
    }
}
