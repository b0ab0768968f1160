package org.assay.scoring.control;

import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;

/** Ranking measures of transaction risk against labels. */
final class RiskRanking {

    private RiskRanking() {
    }

    /** P(risk of a random positive > risk of a random negative), ties counting half (Mann–Whitney). */
    static double areaUnderRocCurve(List<Integer> positives, List<Integer> negatives) {
        int[] negativeCounts = new int[ControlPoint.MAX_SCORE + 2];
        for (int risk : negatives) {
            negativeCounts[risk + 1]++;
        }
        long[] below = new long[negativeCounts.length];
        for (int i = 1; i < below.length; i++) {
            below[i] = below[i - 1] + negativeCounts[i];
        }
        double wins = 0;
        for (int risk : positives) {
            wins += below[risk] + negativeCounts[risk + 1] / 2.0;
        }
        return wins / ((double) positives.size() * negatives.size());
    }

    /** The share of labelled transactions among the top fraction of transactions by risk (ties by index). */
    static double precisionInTop(ScoreSheet sheet, Collection<Integer> labelled, double fraction) {
        int top = Math.max(1, (int) Math.round(fraction * sheet.transactionCount()));
        long hits = IntStream.range(0, sheet.transactionCount()).boxed()
                .sorted((a, b) -> Integer.compare(sheet.transactionRisk(b), sheet.transactionRisk(a))).limit(top)
                .filter(labelled::contains).count();
        return (double) hits / top;
    }
}
