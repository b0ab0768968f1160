package org.assay.scoring.control;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a scoring run is configured with (analytics.md §5.1).
 *
 * @param fiscalYearEnd     last day of the fiscal year; see {@link FiscalCalendar} for the fiscal periods
 * @param holidays          days counted like weekends by WEEKEND_HOLIDAY
 * @param materialityCents  HIGH_VALUE threshold; 0 means the 99.5th percentile of the ledger's amounts
 * @param manualSourceCodes sources that mark a manual entry, compared case-insensitively
 * @param memoKeywords      suspicious words or phrases for MEMO_KEYWORD, matched as whole words, case-insensitively
 * @param weights           weight per control point; 0 means the control point does not run
 * @param seed              seeds the isolation forest
 */
public record ScoringSettings(MonthDay fiscalYearEnd, Set<LocalDate> holidays, long materialityCents,
        Set<String> manualSourceCodes, List<String> memoKeywords, Map<ControlPoint, Integer> weights, long seed) {

    public static final Set<String> DEFAULT_MANUAL_SOURCE_CODES =
            Set.of("GJ", "JE", "MJ", "MANUAL", "ADJ", "SPREADSHEET");

    /** §5.3 CP 7, with "per CEO/CFO" spelled out as two phrases. */
    public static final List<String> DEFAULT_MEMO_KEYWORDS = List.of("adjust", "correction", "reclass", "reverse",
            "override", "plug", "write off", "per CEO", "per CFO", "manual", "error", "fix", "suspense", "misc",
            "bonus", "gift", "cash", "consulting fee", "do not");

    public ScoringSettings {
        Objects.requireNonNull(fiscalYearEnd, "fiscalYearEnd");
        holidays = Set.copyOf(holidays);
        manualSourceCodes = Set.copyOf(manualSourceCodes);
        memoKeywords = List.copyOf(memoKeywords);
        if (materialityCents < 0) {
            throw new IllegalArgumentException("materialityCents must not be negative, was " + materialityCents);
        }
        EnumMap<ControlPoint, Integer> complete = defaultWeights();
        complete.putAll(weights);
        complete.forEach((controlPoint, weight) -> {
            if (weight < 0) {
                throw new IllegalArgumentException("weight of " + controlPoint + " is negative: " + weight);
            }
        });
        weights = Collections.unmodifiableMap(complete);
    }

    /** No holidays, materiality from the data, the default codes, keywords and weights. */
    public static ScoringSettings defaults(MonthDay fiscalYearEnd, long seed) {
        return new ScoringSettings(fiscalYearEnd, Set.of(), 0, DEFAULT_MANUAL_SOURCE_CODES, DEFAULT_MEMO_KEYWORDS,
                defaultWeights(), seed);
    }

    public static EnumMap<ControlPoint, Integer> defaultWeights() {
        EnumMap<ControlPoint, Integer> weights = new EnumMap<>(ControlPoint.class);
        for (ControlPoint controlPoint : ControlPoint.values()) {
            weights.put(controlPoint, controlPoint.defaultWeight());
        }
        return weights;
    }

    public int weight(ControlPoint controlPoint) {
        return weights.get(controlPoint);
    }

    public ScoringSettings withHolidays(Set<LocalDate> newHolidays) {
        return new ScoringSettings(fiscalYearEnd, newHolidays, materialityCents, manualSourceCodes, memoKeywords,
                weights, seed);
    }

    public ScoringSettings withMaterialityCents(long cents) {
        return new ScoringSettings(fiscalYearEnd, holidays, cents, manualSourceCodes, memoKeywords, weights, seed);
    }

    public ScoringSettings withWeight(ControlPoint controlPoint, int weight) {
        EnumMap<ControlPoint, Integer> changed = new EnumMap<>(weights);
        changed.put(controlPoint, weight);
        return new ScoringSettings(fiscalYearEnd, holidays, materialityCents, manualSourceCodes, memoKeywords,
                changed, seed);
    }

    public ScoringSettings withSeed(long newSeed) {
        return new ScoringSettings(fiscalYearEnd, holidays, materialityCents, manualSourceCodes, memoKeywords,
                weights, newSeed);
    }
}
