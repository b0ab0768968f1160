package org.assay.testkit.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * When normal transactions take effect and are entered. Normal activity happens on business days only, and never
 * in PERIOD_END_TIMING's year-end window (the last 3 days of a fiscal year and the first 3 of the next): those dates
 * are left to the anomalies. The last 3 posting days of a month carry 2.5 × the volume, of a fiscal quarter 3 ×,
 * of the fiscal year 4 × (analytics.md §3.4). Some of them fall on a month's last 2 days, which PERIOD_END_TIMING
 * scores 0.5: a pass, not a failure.
 */
final class PostingCalendar {

    private static final int CLOSING_DAYS = 3;
    private static final double[] ENTRY_LAG_SHARES = {0.55, 0.25, 0.12, 0.08};

    private final Settings settings;
    private final Set<LocalDate> holidays;
    private final List<LocalDate> postingDays = new ArrayList<>();
    private final List<Double> volumes = new ArrayList<>();

    PostingCalendar(Settings settings) {
        this.settings = settings;
        this.holidays = new HashSet<>(Holidays.between(settings.periodStart().minusYears(1),
                settings.periodEnd().plusYears(1)));
        for (LocalDate day = settings.periodStart(); !day.isAfter(settings.periodEnd()); day = day.plusDays(1)) {
            if (isBusinessDay(day) && !isYearEndWindow(day)) {
                postingDays.add(day);
            }
        }
        if (postingDays.isEmpty()) {
            // A period without a single business day: post on its days anyway rather than fail.
            settings.periodStart().datesUntil(settings.periodEnd().plusDays(1)).forEach(postingDays::add);
        }
        for (int i = 0; i < postingDays.size(); i++) {
            volumes.add(volume(i));
        }
    }

    List<LocalDate> postingDays() {
        return List.copyOf(postingDays);
    }

    /** For each posting day, how many lines should have been written by its end. The last is {@code lines}. */
    long[] cumulativeLineTargets(long lines) {
        double total = volumes.stream().mapToDouble(Double::doubleValue).sum();
        long[] targets = new long[postingDays.size()];
        double running = 0;
        for (int i = 0; i < targets.length; i++) {
            running += volumes.get(i);
            targets[i] = Math.round(lines * running / total);
        }
        targets[targets.length - 1] = lines;
        return targets;
    }

    boolean isBusinessDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !holidays.contains(day);
    }

    boolean isInPeriod(LocalDate day) {
        return !day.isBefore(settings.periodStart()) && !day.isAfter(settings.periodEnd());
    }

    /** The last 3 calendar days of a fiscal year or the first 3 of the next (PERIOD_END_TIMING scores 1). */
    boolean isYearEndWindow(LocalDate day) {
        MonthDay yearEnd = settings.fiscalYearEnd();
        for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
            LocalDate end = yearEnd.atYear(year);
            if (!day.isBefore(end.minusDays(2)) && !day.isAfter(end.plusDays(3))) {
                return true;
            }
        }
        return false;
    }

    /** Neither in the year-end window nor in a month's last 2 days: no PERIOD_END_TIMING score at all. */
    boolean isQuiet(LocalDate day) {
        return !isYearEndWindow(day) && day.lengthOfMonth() - day.getDayOfMonth() >= 2;
    }

    /** Usually the same day, at most 3 business days later, never backdated. */
    LocalDate enteredDate(LocalDate effective, SeededRandom random) {
        double draw = random.nextDouble();
        int lag = 0;
        for (double cumulative = ENTRY_LAG_SHARES[0]; draw >= cumulative && lag < ENTRY_LAG_SHARES.length - 1; ) {
            lag++;
            cumulative += ENTRY_LAG_SHARES[lag];
        }
        LocalDate entered = effective;
        for (int i = 0; i < lag && !isBackdated(effective, nextBusinessDay(entered)); i++) {
            entered = nextBusinessDay(entered);
        }
        return entered;
    }

    /** PERIOD_END_TIMING's backdating: entered over 30 days late, or over 5 days after the effective month ended. */
    boolean isBackdated(LocalDate effective, LocalDate entered) {
        LocalDate monthEnd = effective.with(TemporalAdjusters.lastDayOfMonth());
        return entered.isAfter(effective.plusDays(30)) || entered.isAfter(monthEnd.plusDays(5));
    }

    LocalDate nextBusinessDay(LocalDate day) {
        LocalDate next = day.plusDays(1);
        while (!isBusinessDay(next)) {
            next = next.plusDays(1);
        }
        return next;
    }

    /** A quiet business day in the period on or before {@code day}, going back at most two weeks. */
    Optional<LocalDate> quietBusinessDayOnOrBefore(LocalDate day) {
        for (LocalDate candidate = day; !candidate.isBefore(day.minusDays(14)); candidate = candidate.minusDays(1)) {
            if (isInPeriod(candidate) && isBusinessDay(candidate) && isQuiet(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** A quiet Saturday or Sunday in the period within 10 days of {@code day}. */
    Optional<LocalDate> quietWeekendNear(LocalDate day, SeededRandom random) {
        List<LocalDate> weekends = new ArrayList<>();
        for (LocalDate candidate = day.minusDays(10); !candidate.isAfter(day.plusDays(10));
                candidate = candidate.plusDays(1)) {
            if (isInPeriod(candidate) && isQuiet(candidate) && !isBusinessDay(candidate)
                    && !holidays.contains(candidate)) {
                weekends.add(candidate);
            }
        }
        return weekends.isEmpty() ? Optional.empty() : Optional.of(random.pick(weekends));
    }

    /** The business days of the year-end window that lie in the period. */
    List<LocalDate> yearEndWindowBusinessDays() {
        List<LocalDate> days = new ArrayList<>();
        for (LocalDate day = settings.periodStart(); !day.isAfter(settings.periodEnd()); day = day.plusDays(1)) {
            if (isYearEndWindow(day) && isBusinessDay(day)) {
                days.add(day);
            }
        }
        return days;
    }

    private double volume(int index) {
        LocalDate day = postingDays.get(index);
        int laterInMonth = 0;
        for (int i = index + 1; i < postingDays.size() && postingDays.get(i).getMonth() == day.getMonth(); i++) {
            laterInMonth++;
        }
        boolean monthEndInPeriod = !day.with(TemporalAdjusters.lastDayOfMonth()).isAfter(settings.periodEnd());
        if (laterInMonth >= CLOSING_DAYS || !monthEndInPeriod) {
            return 1;
        }
        int monthsBeforeYearEnd = Math.floorMod(settings.fiscalYearEnd().getMonthValue() - day.getMonthValue(), 12);
        if (monthsBeforeYearEnd == 0) {
            return 4;
        }
        return monthsBeforeYearEnd % 3 == 0 ? 3 : 2.5;
    }
}
