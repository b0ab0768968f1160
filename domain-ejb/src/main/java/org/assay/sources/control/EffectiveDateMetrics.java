package org.assay.sources.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a source's lines spread over time ({@code GET /analysis-sources/{id}/effective-date-metrics}): lines and
 * amounts inside the analysis period, lines outside it, and a count per day, week (starting Monday) or month,
 * keyed by the bucket's first day as {@code YYYY-MM-DD}.
 */
public final class EffectiveDateMetrics {

    /** {@code periodType} of the reference. */
    public enum PeriodType { DAY, WEEK, MONTH }

    /** One effective date's totals, as the database groups them. */
    public record Day(LocalDate date, long lines, long debitCents, long creditCents) {
    }

    /** The metrics; amounts in cents ({@code MONEY_100}). */
    public record Metrics(PeriodType periodType, long entriesInPeriod, long entriesOutOfPeriod, long debitsInPeriod,
            long creditsInPeriod, Map<String, Long> inPeriodCountHistogram,
            Map<String, Long> outOfPeriodCountHistogram) {
    }

    private EffectiveDateMetrics() {
    }

    public static Metrics of(Iterable<Day> days, LocalDate periodStart, LocalDate periodEnd, PeriodType type) {
        long inPeriod = 0;
        long outOfPeriod = 0;
        long debits = 0;
        long credits = 0;
        Map<String, Long> inside = new TreeMap<>();
        Map<String, Long> outside = new TreeMap<>();
        for (Day day : days) {
            boolean in = !day.date().isBefore(periodStart) && !day.date().isAfter(periodEnd);
            (in ? inside : outside).merge(bucket(day.date(), type).toString(), day.lines(), Long::sum);
            if (in) {
                inPeriod += day.lines();
                debits += day.debitCents();
                credits += day.creditCents();
            } else {
                outOfPeriod += day.lines();
            }
        }
        return new Metrics(type, inPeriod, outOfPeriod, debits, credits, inside, outside);
    }

    static LocalDate bucket(LocalDate date, PeriodType type) {
        return switch (type) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
        };
    }
}
