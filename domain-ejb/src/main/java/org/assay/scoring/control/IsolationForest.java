package org.assay.scoring.control;

import java.util.SplittableRandom;

/**
 * An isolation forest (Liu, Ting and Zhou 2008): 100 trees, each grown on a random sample of ψ = 256 rows (all
 * rows when there are fewer) to a height limit of 8. A node splits on a random feature among those not constant
 * in it, at a cut drawn uniformly between that feature's minimum and maximum there. A row's path length is the
 * depth of the leaf it reaches plus c(n) for the n sample rows left in that leaf; its anomaly score is
 * t = 2^(−E[h] / c(ψ)): near 1 for anomalies, below 0.5 for ordinary rows. Trees live in heap-ordered arrays
 * (children of node i at 2i+1 and 2i+2). Same rows in the same order and the same seed give the same forest.
 */
final class IsolationForest {

    static final int TREES = 100;
    static final int SAMPLE_SIZE = 256;
    static final int HEIGHT_LIMIT = 8;
    private static final int NODES = (1 << (HEIGHT_LIMIT + 1)) - 1;
    private static final int LEAF = -1;
    private static final double EULER_GAMMA = 0.5772156649;

    /** Feature-major: features[f][row]. */
    private final double[][] features;
    private final int[] splitFeature = new int[TREES * NODES];
    private final double[] cut = new double[TREES * NODES];
    /** For a leaf, c(n) of the sample rows that reached it; added to its depth. */
    private final double[] leafAdjustment = new double[TREES * NODES];
    private final double averagePathOfSample;

    private IsolationForest(double[][] features, int rows, long seed) {
        this.features = features;
        SplittableRandom random = new SplittableRandom(seed);
        int sampleSize = Math.min(SAMPLE_SIZE, rows);
        this.averagePathOfSample = averagePath(sampleSize);
        int[] pool = new int[rows];
        for (int row = 0; row < rows; row++) {
            pool[row] = row;
        }
        int[] sample = new int[sampleSize];
        for (int tree = 0; tree < TREES; tree++) {
            // A partial Fisher–Yates shuffle: the first sampleSize slots become a uniform sample without repeats.
            for (int i = 0; i < sampleSize; i++) {
                int j = i + random.nextInt(rows - i);
                int swap = pool[i];
                pool[i] = pool[j];
                pool[j] = swap;
                sample[i] = pool[i];
            }
            grow(tree * NODES, 0, sample, 0, sampleSize, 0, random);
        }
    }

    /** Trains on {@code rows} rows of {@code features[f][row]}; needs at least one row. */
    static IsolationForest train(double[][] features, int rows, long seed) {
        return new IsolationForest(features, rows, seed);
    }

    private void grow(int treeBase, int node, int[] rows, int from, int to, int depth, SplittableRandom random) {
        int slot = treeBase + node;
        int size = to - from;
        int feature = depth == HEIGHT_LIMIT || size <= 1 ? LEAF : randomVaryingFeature(rows, from, to, random);
        if (feature == LEAF) {
            splitFeature[slot] = LEAF;
            leafAdjustment[slot] = averagePath(size);
            return;
        }
        double[] values = features[feature];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int i = from; i < to; i++) {
            min = Math.min(min, values[rows[i]]);
            max = Math.max(max, values[rows[i]]);
        }
        double at = min + random.nextDouble() * (max - min);
        int middle = from;
        for (int i = from; i < to; i++) {
            if (values[rows[i]] < at) {
                int swap = rows[middle];
                rows[middle++] = rows[i];
                rows[i] = swap;
            }
        }
        splitFeature[slot] = feature;
        cut[slot] = at;
        grow(treeBase, 2 * node + 1, rows, from, middle, depth + 1, random);
        grow(treeBase, 2 * node + 2, rows, middle, to, depth + 1, random);
    }

    /** A uniformly chosen feature that is not constant over the rows, or {@link #LEAF} if all are. */
    private int randomVaryingFeature(int[] rows, int from, int to, SplittableRandom random) {
        int[] varying = new int[features.length];
        int count = 0;
        for (int f = 0; f < features.length; f++) {
            double first = features[f][rows[from]];
            for (int i = from + 1; i < to; i++) {
                if (features[f][rows[i]] != first) {
                    varying[count++] = f;
                    break;
                }
            }
        }
        return count == 0 ? LEAF : varying[random.nextInt(count)];
    }

    /** c(n): the average path length of an unsuccessful search in a binary search tree of n keys. */
    static double averagePath(int n) {
        if (n <= 1) {
            return 0;
        }
        if (n == 2) {
            return 1;
        }
        return 2 * (Math.log(n - 1) + EULER_GAMMA) - 2.0 * (n - 1) / n;
    }

    /** The anomaly score t = 2^(−E[h] / c(ψ)) of a row (of the training features or any row in that layout). */
    double anomalyScore(int row) {
        if (averagePathOfSample == 0) {
            return 0.5;
        }
        double total = 0;
        for (int tree = 0; tree < TREES; tree++) {
            int base = tree * NODES;
            int node = 0;
            int depth = 0;
            while (splitFeature[base + node] != LEAF) {
                node = features[splitFeature[base + node]][row] < cut[base + node] ? 2 * node + 1 : 2 * node + 2;
                depth++;
            }
            total += depth + leafAdjustment[base + node];
        }
        return Math.pow(2, -(total / TREES) / averagePathOfSample);
    }
}
