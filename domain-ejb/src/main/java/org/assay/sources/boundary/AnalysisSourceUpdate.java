package org.assay.sources.boundary;

import jakarta.json.JsonValue;
import java.util.List;
import org.assay.sources.entity.WorkflowState;

/**
 * {@code ApiAnalysisSourceUpdate}: new settings for a source, which is then ingested again. {@code columnMappings}
 * (confirmed) win over {@code proposedColumnMappings}; unsupported parts as in {@link AnalysisSourceCreate}.
 */
public record AnalysisSourceUpdate(Long version, Boolean warningsIgnored, WorkflowState targetWorkflowState,
        Boolean applyDegrouper, List<ProposedColumnMapping> proposedColumnMappings,
        List<ConfirmedColumnMapping> columnMappings, JsonValue proposedVirtualColumns, JsonValue virtualColumns,
        JsonValue proposedAmbiguousColumnResolutions, JsonValue ambiguousColumnResolutions,
        JsonValue proposedTransactionIdSelection, JsonValue transactionIdSelection) {

    /** {@code columnMappings[]} as a client echoes them from a read. */
    public record ConfirmedColumnMapping(Integer position, String field, String mindbridgeField, String mappingType,
            String additionalColumnName) {
    }
}
