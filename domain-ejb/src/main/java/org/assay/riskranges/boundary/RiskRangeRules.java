package org.assay.riskranges.boundary;

import java.util.ArrayList;
import java.util.List;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.riskranges.entity.RiskRange;

/**
 * What makes a risk range acceptable, checked all at once so that the caller learns every problem in one answer.
 * Three bands, each within 0–10 000 with {@code lowThreshold ≤ highThreshold}, that together cover 0–10 000
 * without gaps or overlaps in the order low, medium, high. Each problem names the offending property, e.g.
 * {@code medium.lowThreshold}, and where one value fits, suggests it.
 */
final class RiskRangeRules {

    static final int MIN = 0;
    static final int MAX = 10_000;

    private RiskRangeRules() {
    }

    static List<Problem> bands(RiskRangeBounds low, RiskRangeBounds medium, RiskRangeBounds high) {
        List<Problem> problems = new ArrayList<>();
        boolean lowOk = band("low", low, problems);
        boolean mediumOk = band("medium", medium, problems);
        boolean highOk = band("high", high, problems);
        if (lowOk && low.lowThreshold() != MIN) {
            problems.add(suggest(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "low.lowThreshold",
                    "low.lowThreshold must be " + MIN + ": the bands must cover every score from " + MIN
                            + " to " + MAX), low.lowThreshold(), MIN));
        }
        if (lowOk && mediumOk && medium.lowThreshold() != low.highThreshold() + 1) {
            problems.add(contiguity("medium", medium, "low", low));
        }
        if (mediumOk && highOk && high.lowThreshold() != medium.highThreshold() + 1) {
            problems.add(contiguity("high", high, "medium", medium));
        }
        if (highOk && high.highThreshold() != MAX) {
            problems.add(suggest(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "high.highThreshold",
                    "high.highThreshold must be " + MAX + ": the bands must cover every score from " + MIN
                            + " to " + MAX), high.highThreshold(), MAX));
        }
        return problems;
    }

    static List<Problem> texts(String name, String description) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "name is required and must not be blank"));
        } else if (name.trim().length() > RiskRange.NAME_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name", "name must have at most "
                    + RiskRange.NAME_MAX + " characters, it has " + name.trim().length()));
        }
        if (description != null && description.length() > RiskRange.DESCRIPTION_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "description", "description must have at most "
                    + RiskRange.DESCRIPTION_MAX + " characters, it has " + description.length()));
        }
        return problems;
    }

    /** Checks one band on its own; answers whether it is usable for the checks between bands. */
    private static boolean band(String band, RiskRangeBounds bounds, List<Problem> problems) {
        if (bounds == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, band,
                    band + " is required: {\"lowThreshold\": …, \"highThreshold\": …}"));
            return false;
        }
        boolean lowOk = threshold(band + ".lowThreshold", bounds.lowThreshold(), problems);
        boolean highOk = threshold(band + ".highThreshold", bounds.highThreshold(), problems);
        if (lowOk && highOk && bounds.lowThreshold() > bounds.highThreshold()) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, band + ".highThreshold",
                    band + ".highThreshold (" + bounds.highThreshold() + ") must not be below " + band
                            + ".lowThreshold (" + bounds.lowThreshold() + ")")
                    .withValues(List.of(bounds.highThreshold().toString())));
            return false;
        }
        return lowOk && highOk;
    }

    private static boolean threshold(String identifier, Integer value, List<Problem> problems) {
        if (value == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, identifier, identifier + " is required"));
            return false;
        }
        if (value < MIN) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, identifier,
                    identifier + " must be at least " + MIN + ", it is " + value).withValues(List.of(value.toString())));
            return false;
        }
        if (value > MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, identifier,
                    identifier + " must be at most " + MAX + ", it is " + value).withValues(List.of(value.toString())));
            return false;
        }
        return true;
    }

    private static Problem contiguity(String band, RiskRangeBounds bounds, String below, RiskRangeBounds belowBounds) {
        int expected = belowBounds.highThreshold() + 1;
        String reason = band + ".lowThreshold must be " + expected + ", right after " + below + ".highThreshold ("
                + belowBounds.highThreshold() + "): " + (bounds.lowThreshold() < expected
                        ? "the bands overlap" : "the scores in between would belong to no band");
        return suggest(Problem.error(ProblemType.ILLEGAL_ARGUMENT, band + ".lowThreshold", reason),
                bounds.lowThreshold(), expected);
    }

    private static Problem suggest(Problem problem, int sent, int expected) {
        return problem.withValues(List.of(Integer.toString(sent))).withSuggestedValues(List.of(Integer.toString(expected)));
    }
}
