package org.assay.sources.boundary;

import jakarta.json.JsonValue;
import java.util.List;
import org.assay.sources.entity.WorkflowState;

/**
 * {@code ApiAnalysisSourceCreate}. Virtual columns, ambiguous-column resolutions and transaction-id selections are
 * part of the schema but not of Assay's ingestion yet: they are accepted when empty and refused (400) otherwise.
 */
public record AnalysisSourceCreate(String engagementId, String analysisId, String analysisPeriodId,
        String analysisSourceTypeId, String fileManagerFileId, String additionalDataColumnField,
        Boolean warningsIgnored, WorkflowState targetWorkflowState, Boolean applyDegrouper,
        List<ProposedColumnMapping> proposedColumnMappings, JsonValue proposedVirtualColumns,
        JsonValue proposedAmbiguousColumnResolutions, JsonValue proposedTransactionIdSelection) {
}
