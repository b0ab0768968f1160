package org.assay.sources.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assay.sources.control.EffectiveDateMetrics.Day;
import org.assay.sources.control.EffectiveDateMetrics.Metrics;
import org.assay.sources.control.EffectiveDateMetrics.PeriodType;
import org.junit.jupiter.api.Test;

class EffectiveDateMetricsTest {

    private static final List<Day> DAYS = List.of(
            new Day(LocalDate.of(2024, 12, 31), 2, 500, 500),
            new Day(LocalDate.of(2025, 1, 1), 3, 1_000, 0),
            new Day(LocalDate.of(2025, 1, 5), 1, 0, 700),
            new Day(LocalDate.of(2025, 1, 6), 4, 200, 200));

    private static Metrics metrics(PeriodType type) {
        return EffectiveDateMetrics.of(DAYS, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), type);
    }

    @Test
    void countsAndAmountsInsideAndOutsideThePeriod() {
        Metrics metrics = metrics(PeriodType.DAY);
        assertEquals(8, metrics.entriesInPeriod());
        assertEquals(2, metrics.entriesOutOfPeriod());
        assertEquals(1_200, metrics.debitsInPeriod());
        assertEquals(900, metrics.creditsInPeriod());
        assertEquals(Map.of("2024-12-31", 2L), metrics.outOfPeriodCountHistogram());
    }

    @Test
    void weeksStartOnMondayAndMonthsOnTheFirst() {
        assertEquals(Map.of("2024-12-30", 4L, "2025-01-06", 4L), metrics(PeriodType.WEEK).inPeriodCountHistogram());
        assertEquals(Map.of("2025-01-01", 8L), metrics(PeriodType.MONTH).inPeriodCountHistogram());
    }
}
