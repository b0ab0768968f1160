package org.assay.sources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.assay.ingestion.control.DetectedFormat;
import org.assay.ingestion.control.IngestionCode;
import org.assay.ingestion.control.IngestionMessage;
import org.assay.ingestion.control.IngestionReport;
import org.assay.sources.entity.WorkflowState;
import org.junit.jupiter.api.Test;

class IngestionOutcomeTest {

    private static final DetectedFormat FORMAT = new DetectedFormat(StandardCharsets.UTF_8, false, ',', 0,
            List.of("JE", "Amount"), 2);

    private static IngestionReport report(IngestionCode... errors) {
        return new IngestionReport(FORMAT, List.of(), List.of(), 10, 10, 0, 0,
                List.of(errors).stream().map(c -> new IngestionMessage(c, c + " explained.", 1)).toList(), List.of());
    }

    @Test
    void aCleanParseEndsAtTheTargetWithItsLines() {
        IngestionOutcome outcome = IngestionOutcome.of(report(), List.of(), WorkflowState.COMPLETED, "id", "GL.csv", 10);
        assertEquals(WorkflowState.COMPLETED, outcome.state());
        assertEquals(10, outcome.lineCount());
        assertNull(outcome.jobError());
        assertTrue(outcome.fileInfoJson().contains("\"delimiter\":\",\""), outcome.fileInfoJson());
    }

    @Test
    void errorsFailTheSourceWithAReasonQuotingThem() {
        IngestionOutcome outcome = IngestionOutcome.of(report(IngestionCode.NON_NUMERIC_AMOUNT), List.of(),
                WorkflowState.COMPLETED, "id", "GL.csv", 10);
        assertEquals(WorkflowState.FAILED, outcome.state());
        assertEquals(0, outcome.lineCount());
        assertEquals("The file GL.csv cannot be ingested: NON_NUMERIC_AMOUNT explained.", outcome.jobError());
        assertTrue(outcome.errorsJson().contains("\"code\":\"NON_NUMERIC_AMOUNT\""));
    }

    @Test
    void aColumnReviewIsNotFailedByWhatTheMappingLacks() {
        IngestionOutcome review = IngestionOutcome.of(report(IngestionCode.MISSING_REQUIRED_COLUMN), List.of(),
                WorkflowState.COLUMNS_ANALYZED, "id", "GL.csv", 0);
        assertEquals(WorkflowState.COLUMNS_ANALYZED, review.state());
        assertNull(review.jobError());
        IngestionOutcome garbage = IngestionOutcome.of(report(IngestionCode.NOT_A_TEXT_FILE), List.of(),
                WorkflowState.COLUMNS_ANALYZED, "id", "GL.csv", 0);
        assertEquals(WorkflowState.FAILED, garbage.state(), "file problems fail a review too");
    }
}
