package org.assay.analyses.control;

import static org.assay.analyses.control.Preflight.Error.ARCHIVED;
import static org.assay.analyses.control.Preflight.Error.REQUIRED_FILES_MISSING;
import static org.assay.analyses.control.Preflight.Error.SOURCES_NOT_READY;
import static org.assay.analyses.control.Preflight.Error.SOURCE_ERROR;
import static org.assay.analyses.control.Preflight.Error.SOURCE_WARNINGS_PRESENT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.assay.analyses.control.Preflight.Source;
import org.assay.analyses.control.Preflight.SourceState;
import org.junit.jupiter.api.Test;

class PreflightTest {

    static final String JOURNAL = "4b8361d00000000000000000";
    static final String OPENING = "4b8361d00000000000000002";
    static final String CONFIGURATIONS = "[{\"sourceTypeId\":\"" + JOURNAL + "\",\"sourceScope\":\"CURRENT_PERIOD\","
            + "\"required\":true},{\"sourceTypeId\":\"" + OPENING + "\",\"sourceScope\":\"CURRENT_PERIOD\","
            + "\"required\":false}]";
    static final List<String> PERIODS = List.of("p1");

    private static Source journal(SourceState state, boolean warnings, boolean ignored) {
        return new Source(JOURNAL, "p1", state, warnings, ignored);
    }

    @Test
    void aCompletedRequiredSourceMakesTheAnalysisReady() {
        assertEquals(List.of(), Preflight.errors(CONFIGURATIONS, false, false, false, PERIODS,
                List.of(journal(SourceState.COMPLETED, true, true))));
    }

    @Test
    void withoutTheRequiredJournalFilesAreMissing() {
        assertEquals(List.of(REQUIRED_FILES_MISSING), Preflight.errors(CONFIGURATIONS, false, false, false, PERIODS,
                List.of(new Source(OPENING, "p1", SourceState.COMPLETED, false, true))));
    }

    @Test
    void everySourceStateCounts() {
        assertEquals(List.of(REQUIRED_FILES_MISSING, SOURCES_NOT_READY), Preflight.errors(CONFIGURATIONS, false, false,
                false, PERIODS, List.of(journal(SourceState.IN_PROGRESS, false, true))));
        assertEquals(List.of(REQUIRED_FILES_MISSING, SOURCE_ERROR), Preflight.errors(CONFIGURATIONS, false, false,
                false, PERIODS, List.of(journal(SourceState.FAILED, false, true))));
        assertEquals(List.of(SOURCE_WARNINGS_PRESENT), Preflight.errors(CONFIGURATIONS, false, false, false, PERIODS,
                List.of(journal(SourceState.COMPLETED, true, false))));
    }

    @Test
    void anArchivedAnalysisIsNotReady() {
        assertEquals(List.of(ARCHIVED), Preflight.errors(CONFIGURATIONS, false, true, false, PERIODS,
                List.of(journal(SourceState.COMPLETED, false, true))));
    }

    @Test
    void eachPeriodNeedsItsOwnJournal() {
        assertEquals(List.of(REQUIRED_FILES_MISSING), Preflight.errors(CONFIGURATIONS, false, false, false,
                List.of("p1", "p2"), List.of(journal(SourceState.COMPLETED, false, true))));
    }
}
