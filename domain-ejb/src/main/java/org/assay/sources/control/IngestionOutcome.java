package org.assay.sources.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.assay.ingestion.control.ColumnMapping;
import org.assay.ingestion.control.DetectedFormat;
import org.assay.ingestion.control.IngestionCode;
import org.assay.ingestion.control.IngestionMessage;
import org.assay.ingestion.control.IngestionReport;
import org.assay.platform.control.Jsons;
import org.assay.sources.entity.WorkflowState;

/**
 * Where one ingestion ended, in the form the analysis source stores and shows: the final workflow state, the
 * column mappings, the tabular file info, the warnings and errors ({@code ApiMessageRead}) and, for a failure, the
 * reason the async result reports.
 */
public record IngestionOutcome(WorkflowState state, String columnMappingsJson, String fileInfoJson,
        String warningsJson, String errorsJson, long lineCount, String jobError) {

    /** Errors a column review can fix: they do not fail a source that stops for that review. */
    static final Set<IngestionCode> MAPPING_PROBLEMS = EnumSet.of(IngestionCode.MISSING_REQUIRED_COLUMN,
            IngestionCode.INVALID_COLUMN_MAPPING);

    /** How many errors the job's reason quotes; the source lists them all. */
    static final int ERRORS_IN_REASON = 3;

    public boolean failed() {
        return state == WorkflowState.FAILED;
    }

    /**
     * The outcome of a parse. With errors the source fails; without, it ends at {@code target} with
     * {@code lineCount} lines kept ({@code 0} when it stops for a review of its columns).
     */
    public static IngestionOutcome of(IngestionReport report, List<IngestionMessage> moreWarnings, WorkflowState target,
            String fileInfoId, String fileName, long lineCount) {
        List<IngestionMessage> warnings = new ArrayList<>(report.warnings());
        warnings.addAll(moreWarnings);
        String mappings = mappings(report.columnMappings());
        String fileInfo = fileInfo(fileInfoId, fileName, report.detectedFormat());
        boolean review = target != WorkflowState.COMPLETED;
        if (review && report.errors().stream().allMatch(e -> MAPPING_PROBLEMS.contains(e.code()))) {
            // Stopping for a review of the columns: what the mapping still lacks is what the review is for.
            return new IngestionOutcome(target, mappings, fileInfo, messages(warnings), messages(report.errors()), 0,
                    null);
        }
        if (report.hasErrors()) {
            String reason = "The file " + fileName + " cannot be ingested: " + report.errors().stream()
                    .limit(ERRORS_IN_REASON).map(IngestionMessage::defaultMessage).collect(Collectors.joining(" "))
                    + (report.errors().size() > ERRORS_IN_REASON ? " (and " + (report.errors().size()
                    - ERRORS_IN_REASON + " more problems listed on the analysis source)") : "");
            return new IngestionOutcome(WorkflowState.FAILED, mappings, fileInfo, messages(warnings),
                    messages(report.errors()), 0, reason);
        }
        return new IngestionOutcome(target, mappings, fileInfo, messages(warnings), messages(List.of()), lineCount, null);
    }

    /** A failure before or outside parsing (the stored file unreadable, the job given up). */
    public static IngestionOutcome failure(IngestionCode code, String reason) {
        return new IngestionOutcome(WorkflowState.FAILED, null, null, messages(List.of()),
                messages(List.of(new IngestionMessage(code, reason, 1))), 0, reason);
    }

    private static String messages(List<IngestionMessage> messages) {
        JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
        messages.forEach(m -> array.add(Jsons.PROVIDER.createObjectBuilder().add("code", m.codeName())
                .add("defaultMessage", m.defaultMessage())));
        return array.build().toString();
    }

    private static String mappings(List<ColumnMapping> mappings) {
        JsonArrayBuilder array = Jsons.PROVIDER.createArrayBuilder();
        for (ColumnMapping m : mappings) {
            JsonObjectBuilder item = Jsons.PROVIDER.createObjectBuilder().add("position", m.position())
                    .add("field", m.columnName()).add("mappingType", m.mappingType().name());
            if (m.mindbridgeField() != null) {
                item.add("mindbridgeField", m.mindbridgeField());
            }
            array.add(item);
        }
        return array.build().toString();
    }

    /** A thin {@code TABULAR_FILE_INFO}: how the file was read and its columns. */
    private static String fileInfo(String id, String fileName, DetectedFormat format) {
        JsonObjectBuilder info = Jsons.PROVIDER.createObjectBuilder().add("id", id).add("version", 0)
                .add("type", "TABULAR_FILE_INFO").add("name", fileName).add("formatDetected", format != null);
        if (format != null) {
            JsonArrayBuilder columns = Jsons.PROVIDER.createArrayBuilder();
            for (int i = 0; i < format.headerNames().size(); i++) {
                columns.add(Jsons.PROVIDER.createObjectBuilder().add("columnName", format.headerNames().get(i))
                        .add("position", i).add("synthetic", false));
            }
            info.add("delimiter", String.valueOf(format.delimiter())).add("headerRowIndex", format.headerRowIndex())
                    .add("encoding", format.charset().name()).add("columnData", columns);
        }
        return info.build().toString();
    }
}
