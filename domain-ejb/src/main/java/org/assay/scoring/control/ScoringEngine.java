package org.assay.scoring.control;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Scores a ledger with the fourteen control points of bundle {@value #BUNDLE_VERSION} (analytics.md §5.3) and
 * combines them into line and transaction risks (§5.4). A control point runs only when its weight is above 0 and
 * its input columns are present; otherwise it is not applicable and leaves the risk denominator. Control points run
 * concurrently, each into its own array, so the same ledger, settings and seed always give the same scores.
 */
public final class ScoringEngine {

    public static final String BUNDLE_VERSION = "assay-gl-1";

    private static final List<ControlPointScorer> SCORERS = List.of(new OutlierAnomalies(), new Duplicates(),
            new Reversals(), new UnusualAmounts(), new RareFlows(), new UnusualUsers(), new BenfordTwoDigits(),
            new UnbalancedTransactions(), new WeekendHolidayPostings(), new PeriodEndTiming(), new RoundAmounts(),
            new HighValues(), new ManualEntries(), new SuspiciousMemos());

    public ScoreSheet score(Ledger ledger, ScoringSettings settings) {
        ScoringContext context = new ScoringContext(ledger, settings);
        EnumMap<ControlPoint, Integer> weights = new EnumMap<>(ControlPoint.class);
        List<ControlPointScorer> running = SCORERS.stream()
                .filter(scorer -> settings.weight(scorer.controlPoint()) > 0 && scorer.applicable(ledger)).toList();
        running.forEach(scorer -> weights.put(scorer.controlPoint(), settings.weight(scorer.controlPoint())));
        short[][] results = new short[running.size()][];
        // The slowest control points come first in SCORERS, so the two cores finish at about the same time.
        IntStream.range(0, running.size()).parallel().forEach(i -> results[i] = running.get(i).score(context));
        Map<ControlPoint, short[]> scores = new EnumMap<>(ControlPoint.class);
        for (int i = 0; i < results.length; i++) {
            scores.put(running.get(i).controlPoint(), results[i]);
        }
        return new ScoreTable(ledger, scores, weights, unknownFlows(context));
    }

    private static boolean[] unknownFlows(ScoringContext context) {
        MonetaryFlows flows = context.flows();
        boolean[] unknown = new boolean[context.ledger().transactionCount()];
        for (int tx = 0; tx < unknown.length; tx++) {
            unknown[tx] = flows.unknownFlow(tx);
        }
        return unknown;
    }
}
