package org.assay.testkit.ledger;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * What to generate. The same settings give byte-identical output.
 *
 * @param seed            seeds every random choice
 * @param lines           exact number of data lines (0, or at least 2: a transaction has two lines or more)
 * @param periodStart     first effective date
 * @param periodEnd       last effective date
 * @param anomalyRate     share of transactions injected as anomalies, spread evenly over {@link AnomalyKind}
 * @param roundBias       share of the normal amounts keyed by people (not interfaces) rounded to whole hundreds
 *                        (never whole thousands: those are the ROUND_AMOUNT anomaly)
 * @param materialityCents HIGH_VALUE threshold; normal lines stay below 80 % of it
 * @param fiscalYearEnd   last day of the fiscal year; fiscal periods are calendar months
 */
public record Settings(long seed, long lines, LocalDate periodStart, LocalDate periodEnd, double anomalyRate,
        double roundBias, long materialityCents, MonthDay fiscalYearEnd) {

    public static final double DEFAULT_ANOMALY_RATE = 0.005;
    public static final double DEFAULT_ROUND_BIAS = 0.01;
    public static final long DEFAULT_MATERIALITY_CENTS = 1_000_000_00L;

    public Settings {
        Objects.requireNonNull(periodStart, "periodStart");
        Objects.requireNonNull(periodEnd, "periodEnd");
        Objects.requireNonNull(fiscalYearEnd, "fiscalYearEnd");
        if (lines < 0 || lines == 1) {
            throw new IllegalArgumentException("lines must be 0 or at least 2, was " + lines);
        }
        if (periodEnd.isBefore(periodStart)) {
            throw new IllegalArgumentException("period ends (" + periodEnd + ") before it starts (" + periodStart + ")");
        }
        if (!(anomalyRate >= 0 && anomalyRate <= 1)) {
            throw new IllegalArgumentException("anomalyRate must be within [0, 1], was " + anomalyRate);
        }
        if (!(roundBias >= 0 && roundBias <= 1)) {
            throw new IllegalArgumentException("roundBias must be within [0, 1], was " + roundBias);
        }
        if (materialityCents < 100_000) {
            throw new IllegalArgumentException("materialityCents must be at least 100000 ($1,000), was "
                    + materialityCents);
        }
    }

    /** Seed 42, calendar year 2025, 0.5 % anomalies, 1 % round hundreds, materiality $1,000,000. */
    public static Settings defaults(long lines) {
        return new Settings(42, lines, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31), DEFAULT_ANOMALY_RATE,
                DEFAULT_ROUND_BIAS, DEFAULT_MATERIALITY_CENTS, MonthDay.of(12, 31));
    }

    public Settings withSeed(long newSeed) {
        return new Settings(newSeed, lines, periodStart, periodEnd, anomalyRate, roundBias, materialityCents,
                fiscalYearEnd);
    }

    public Settings withLines(long newLines) {
        return new Settings(seed, newLines, periodStart, periodEnd, anomalyRate, roundBias, materialityCents,
                fiscalYearEnd);
    }

    public Settings withPeriod(LocalDate start, LocalDate end) {
        return new Settings(seed, lines, start, end, anomalyRate, roundBias, materialityCents, fiscalYearEnd);
    }

    public Settings withAnomalyRate(double rate) {
        return new Settings(seed, lines, periodStart, periodEnd, rate, roundBias, materialityCents, fiscalYearEnd);
    }
}
