package org.assay.analyses.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assay.analyses.entity.AnalysisPeriod;
import org.junit.jupiter.api.Test;

class AnalysisPeriodsTest {

    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);
    private static final LocalDate DEC_31 = LocalDate.of(2025, 12, 31);

    private final List<AnalysisPeriods.Violation> violations = new ArrayList<>();

    private static AnalysisPeriods.Requested period(String id, LocalDate start, LocalDate end, LocalDate asAt) {
        return new AnalysisPeriods.Requested(id, start, end, asAt);
    }

    @Test
    void aNewPeriodGetsAFreshId() {
        List<AnalysisPeriod> periods = AnalysisPeriods.check(List.of(period(null, JAN_1, DEC_31, null)), false, false,
                4, List.of(), violations);
        assertTrue(violations.isEmpty(), violations.toString());
        assertTrue(periods.get(0).getId().matches("[0-9a-f]{24}"));
    }

    @Test
    void anUpdateKeepsTheIdsItNames() {
        AnalysisPeriod existing = new AnalysisPeriod("0123456789abcdef01234567", JAN_1, DEC_31, null);
        List<AnalysisPeriod> periods = AnalysisPeriods.check(List.of(period(existing.getId(), JAN_1,
                LocalDate.of(2025, 6, 30), null)), false, false, 4, List.of(existing), violations);
        assertEquals(existing.getId(), periods.get(0).getId());
        AnalysisPeriods.check(List.of(period("fedcba9876543210fedcba98", JAN_1, DEC_31, null)), false, false, 4,
                List.of(existing), violations);
        assertEquals("analysisPeriods[0].id", violations.get(0).field());
    }

    @Test
    void endBeforeStartNamesTheEndDate() {
        AnalysisPeriods.check(List.of(period(null, DEC_31, JAN_1, null)), false, false, 4, List.of(), violations);
        assertEquals("analysisPeriods[0].endDate", violations.get(0).field());
    }

    @Test
    void onlyPeriodicAnalysesTakeSeveralPeriodsAndNeverOverlapping() {
        List<AnalysisPeriods.Requested> two = List.of(period(null, JAN_1, LocalDate.of(2025, 6, 30), null),
                period(null, LocalDate.of(2025, 6, 1), DEC_31, null));
        AnalysisPeriods.check(two, false, false, 4, List.of(), violations);
        assertTrue(violations.stream().anyMatch(v -> v.reason().contains("exactly one period")), violations.toString());
        violations.clear();
        AnalysisPeriods.check(two, false, true, 4, List.of(), violations);
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).reason().contains("overlap"));
    }

    @Test
    void anInterimAnalysisNeedsItsAsAtDateInsideThePeriod() {
        AnalysisPeriods.check(List.of(period(null, JAN_1, DEC_31, LocalDate.of(2026, 1, 5))), true, false, 4,
                List.of(), violations);
        assertEquals("analysisPeriods[0].interimAsAtDate", violations.get(0).field());
    }

    @Test
    void gapsCountTheDaysBetweenPeriods() {
        AnalysisPeriod first = new AnalysisPeriod("0123456789abcdef01234567", JAN_1, LocalDate.of(2025, 3, 31), null);
        AnalysisPeriod second = new AnalysisPeriod("0123456789abcdef01234568", LocalDate.of(2025, 4, 11), DEC_31, null);
        AnalysisPeriods.Gap gap = AnalysisPeriods.gaps(List.of(second, first)).get(0);
        assertEquals(new AnalysisPeriods.Gap(second.getId(), first.getId(), 10), gap);
    }
}
