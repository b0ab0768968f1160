package org.assay.scoring.control;

import java.util.stream.IntStream;

/**
 * CP 14, transaction level: an {@link IsolationForest} over the {@link TransactionFeatures}, seeded from the
 * settings, sampling transactions in their index order. t = 2^(−E[h]/c(ψ)); s = clamp((t − 0.55) / 0.15, 0, 1), so
 * t ≤ 0.55 gives 0 and t ≥ 0.70 gives 1. Scoring runs in fixed slices of transactions, in parallel: each slice
 * writes only its own scores, so the result does not depend on the threads.
 */
final class OutlierAnomalies implements ControlPointScorer {

    private static final double NORMAL_SCORE = 0.55;
    private static final double SCORE_RANGE = 0.15;
    private static final int SLICE = 8192;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.OUTLIER_ANOMALY;
    }

    @Override
    public short[] score(ScoringContext context) {
        int transactions = context.ledger().transactionCount();
        short[] scores = new short[transactions];
        if (transactions == 0) {
            return scores;
        }
        IsolationForest forest = IsolationForest.train(TransactionFeatures.of(context), transactions,
                context.settings().seed());
        IntStream.range(0, (transactions + SLICE - 1) / SLICE).parallel().forEach(slice -> {
            int end = Math.min(transactions, (slice + 1) * SLICE);
            for (int tx = slice * SLICE; tx < end; tx++) {
                scores[tx] = basisPoints((forest.anomalyScore(tx) - NORMAL_SCORE) / SCORE_RANGE);
            }
        });
        return scores;
    }
}
