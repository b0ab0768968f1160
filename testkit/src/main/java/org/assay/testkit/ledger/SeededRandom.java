package org.assay.testkit.ledger;

import java.util.List;

/**
 * SplitMix64 with its own Gaussian and {@link StrictMath}, so that one seed gives byte-identical ledgers on every
 * JDK and CPU ({@code java.util.Random}'s Gaussian and {@code Math}'s intrinsics are not guaranteed to).
 */
final class SeededRandom {

    private long state;
    private double spareGaussian = Double.NaN;

    SeededRandom(long seed) {
        this.state = seed;
    }

    long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound); the modulo bias is below 2^-31 for the small bounds used here. */
    int nextInt(int bound) {
        return (int) ((nextLong() >>> 1) % bound);
    }

    /** Uniform in [low, high], both inclusive. */
    int between(int low, int high) {
        return low + nextInt(high - low + 1);
    }

    double between(double low, double high) {
        return low + (high - low) * nextDouble();
    }

    boolean chance(double probability) {
        return nextDouble() < probability;
    }

    <T> T pick(List<T> items) {
        return items.get(nextInt(items.size()));
    }

    /** Standard normal (Box–Muller, polar-free so that it consumes a fixed number of draws). */
    double nextGaussian() {
        if (!Double.isNaN(spareGaussian)) {
            double spare = spareGaussian;
            spareGaussian = Double.NaN;
            return spare;
        }
        double radius = StrictMath.sqrt(-2 * StrictMath.log(1 - nextDouble()));
        double angle = 2 * StrictMath.PI * nextDouble();
        spareGaussian = radius * StrictMath.sin(angle);
        return radius * StrictMath.cos(angle);
    }

    /** A string of {@code count} random decimal digits, for document numbers. */
    String digits(int count) {
        char[] digits = new char[count];
        for (int i = 0; i < count; i++) {
            digits[i] = (char) ('0' + nextInt(10));
        }
        return new String(digits);
    }
}
