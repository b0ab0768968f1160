package org.assay.riskranges.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.junit.jupiter.api.Test;

class RiskRangeRulesTest {

    private static RiskRangeBounds band(Integer from, Integer to) {
        return new RiskRangeBounds(from, to);
    }

    private static List<String> identifiers(List<Problem> problems) {
        return problems.stream().map(Problem::identifier).toList();
    }

    @Test
    void contiguousBandsCoveringEveryScorePass() {
        assertTrue(RiskRangeRules.bands(band(0, 2999), band(3000, 4999), band(5000, 10000)).isEmpty());
        assertTrue(RiskRangeRules.bands(band(0, 0), band(1, 1), band(2, 10000)).isEmpty(), "one-score bands");
    }

    @Test
    void missingBandsAndThresholdsAreNamed() {
        assertEquals(List.of("low", "medium.lowThreshold", "high.highThreshold"),
                identifiers(RiskRangeRules.bands(null, band(null, 4999), band(5000, null))));
    }

    @Test
    void boundsOutsideZeroToTenThousandAreRefused() {
        List<Problem> problems = RiskRangeRules.bands(band(-1, 2999), band(3000, 4999), band(5000, 10001));
        assertEquals(List.of("low.lowThreshold", "high.highThreshold"), identifiers(problems));
        assertEquals(ProblemType.GREATER_VALUE_REQUIRED, problems.get(0).problemType());
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, problems.get(1).problemType());
    }

    @Test
    void aBandEndingBelowItsStartIsRefused() {
        List<Problem> problems = RiskRangeRules.bands(band(0, 2999), band(3000, 2000), band(5000, 10000));
        assertEquals(List.of("medium.highThreshold"), identifiers(problems), "no follow-up contiguity noise");
        assertTrue(problems.get(0).reason().contains("must not be below"), problems.get(0).reason());
    }

    @Test
    void gapsAndOverlapsNameTheLaterBandsStartAndSuggestTheRightOne() {
        List<Problem> gap = RiskRangeRules.bands(band(0, 2999), band(3100, 4999), band(5000, 10000));
        assertEquals(List.of("medium.lowThreshold"), identifiers(gap));
        assertEquals(List.of("3000"), gap.get(0).suggestedValues());
        assertTrue(gap.get(0).reason().contains("no band"), gap.get(0).reason());

        List<Problem> overlap = RiskRangeRules.bands(band(0, 2999), band(3000, 4999), band(4000, 10000));
        assertEquals(List.of("high.lowThreshold"), identifiers(overlap));
        assertTrue(overlap.get(0).reason().contains("overlap"), overlap.get(0).reason());
    }

    @Test
    void theBandsMustStartAtZeroAndEndAtTenThousand() {
        List<Problem> problems = RiskRangeRules.bands(band(1, 2999), band(3000, 4999), band(5000, 9999));
        assertEquals(List.of("low.lowThreshold", "high.highThreshold"), identifiers(problems));
        assertEquals(List.of("0"), problems.get(0).suggestedValues());
        assertEquals(List.of("10000"), problems.get(1).suggestedValues());
    }

    @Test
    void bandsInTheWrongOrderAreRefused() {
        assertEquals(List.of("low.lowThreshold", "medium.lowThreshold", "high.lowThreshold", "high.highThreshold"),
                identifiers(RiskRangeRules.bands(band(5000, 10000), band(3000, 4999), band(0, 2999))));
    }

    @Test
    void namesAndDescriptionsHaveLimits() {
        assertEquals(List.of("name"), identifiers(RiskRangeRules.texts(" ", null)));
        assertEquals(List.of("name", "description"),
                identifiers(RiskRangeRules.texts("n".repeat(81), "d".repeat(251))));
        assertTrue(RiskRangeRules.texts("n".repeat(80), "d".repeat(250)).isEmpty());
    }
}
