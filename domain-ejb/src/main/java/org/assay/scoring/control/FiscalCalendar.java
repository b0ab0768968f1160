package org.assay.scoring.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Set;

/**
 * Fiscal periods and day classes by epoch day. Periods end on the year end's day of the month: calendar months
 * when the year end is a month end (Feb 28 counts as one), otherwise months running to that day, e.g. a year end
 * on June 15 gives periods ending on the 15th (or the month's last day when it is shorter). Every answer about a
 * day is looked up in tables built once for the ledger's range of days, so scoring a line does no date arithmetic.
 */
final class FiscalCalendar {

    /** Days covered beyond the ledger's range, so look-ups a few weeks either side stay inside the tables. */
    private static final int MARGIN = 100;

    private final MonthDay yearEnd;
    private final boolean monthEndPeriods;
    private final int firstDay;
    private final int[] periodEnd;
    private final byte[] flags;

    private static final byte WEEKEND_OR_HOLIDAY = 1;
    private static final byte YEAR_END_WINDOW = 2;
    private static final byte PERIOD_LAST_TWO_DAYS = 4;

    FiscalCalendar(MonthDay yearEnd, Set<LocalDate> holidays, int minDay, int maxDay) {
        this.yearEnd = yearEnd;
        int endDay = yearEnd.getDayOfMonth();
        this.monthEndPeriods = endDay == yearEnd.getMonth().maxLength() || endDay == yearEnd.getMonth().minLength();
        this.firstDay = minDay - MARGIN;
        int length = maxDay + MARGIN - firstDay + 1;
        this.periodEnd = new int[length];
        this.flags = new byte[length];
        for (int i = 0; i < length; i++) {
            LocalDate date = LocalDate.ofEpochDay(firstDay + i);
            LocalDate end = periodEndOf(date);
            periodEnd[i] = (int) end.toEpochDay();
            flags[i] = classify(date, end, holidays);
        }
    }

    private byte classify(LocalDate date, LocalDate end, Set<LocalDate> holidays) {
        byte dayFlags = 0;
        int dayOfWeek = date.getDayOfWeek().getValue();
        if (dayOfWeek >= 6 || holidays.contains(date)) {
            dayFlags |= WEEKEND_OR_HOLIDAY;
        }
        if (isYearEndWindow(date)) {
            dayFlags |= YEAR_END_WINDOW;
        } else if (end.toEpochDay() - date.toEpochDay() < 2) {
            dayFlags |= PERIOD_LAST_TWO_DAYS;
        }
        return dayFlags;
    }

    /** In the last 3 days of a fiscal year or the first 3 of the next. */
    private boolean isYearEndWindow(LocalDate date) {
        for (int year = date.getYear() - 1; year <= date.getYear() + 1; year++) {
            LocalDate end = yearEndIn(year);
            long offset = date.toEpochDay() - end.toEpochDay();
            if (offset >= -2 && offset <= 3) {
                return true;
            }
        }
        return false;
    }

    private LocalDate yearEndIn(int year) {
        return periodEndIn(year, yearEnd.getMonthValue());
    }

    private LocalDate periodEndIn(int year, int month) {
        LocalDate first = LocalDate.of(year, month, 1);
        int day = monthEndPeriods ? first.lengthOfMonth() : Math.min(yearEnd.getDayOfMonth(), first.lengthOfMonth());
        return first.withDayOfMonth(day);
    }

    private LocalDate periodEndOf(LocalDate date) {
        LocalDate end = periodEndIn(date.getYear(), date.getMonthValue());
        if (date.isAfter(end)) {
            LocalDate next = date.withDayOfMonth(1).plusMonths(1);
            end = periodEndIn(next.getYear(), next.getMonthValue());
        }
        return end;
    }

    /** The last day of the fiscal period holding the day. */
    int periodEnd(int epochDay) {
        return periodEnd[epochDay - firstDay];
    }

    boolean isWeekendOrHoliday(int epochDay) {
        return (flags[epochDay - firstDay] & WEEKEND_OR_HOLIDAY) != 0;
    }

    boolean isYearEndWindow(int epochDay) {
        return (flags[epochDay - firstDay] & YEAR_END_WINDOW) != 0;
    }

    /** In the last 2 days of a fiscal period, outside the year-end window. */
    boolean isInLastTwoDaysOfPeriod(int epochDay) {
        return (flags[epochDay - firstDay] & PERIOD_LAST_TWO_DAYS) != 0;
    }
}
