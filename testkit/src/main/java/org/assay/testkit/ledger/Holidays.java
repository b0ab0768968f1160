package org.assay.testkit.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The holidays on which nobody posts in a generated ledger: New Year's Day, Memorial Day, Independence Day, Labor
 * Day, Thanksgiving and Christmas Day (US, no observed-day shifts). A scoring engine that configures this list for
 * WEEKEND_HOLIDAY sees no normal transaction on a holiday.
 */
public final class Holidays {

    private Holidays() {
    }

    public static boolean isHoliday(LocalDate date) {
        return of(date.getYear()).contains(date);
    }

    public static List<LocalDate> between(LocalDate from, LocalDate to) {
        List<LocalDate> holidays = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (LocalDate holiday : of(year)) {
                if (!holiday.isBefore(from) && !holiday.isAfter(to)) {
                    holidays.add(holiday);
                }
            }
        }
        return holidays;
    }

    static List<LocalDate> of(int year) {
        return List.of(LocalDate.of(year, Month.JANUARY, 1),
                LocalDate.of(year, Month.MAY, 1).with(TemporalAdjusters.lastInMonth(DayOfWeek.MONDAY)),
                LocalDate.of(year, Month.JULY, 4),
                LocalDate.of(year, Month.SEPTEMBER, 1).with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)),
                LocalDate.of(year, Month.NOVEMBER, 1).with(TemporalAdjusters.dayOfWeekInMonth(4, DayOfWeek.THURSDAY)),
                LocalDate.of(year, Month.DECEMBER, 25));
    }
}
