package org.assay.scoring.control;

/**
 * CP 13, entry level: for amounts of 10.00 and more, b = the first two digits (10–99). The population is the
 * line's account when it has at least 1,000 such amounts, else the whole ledger; a population below 1,000 amounts
 * is not judged (s = 0; Nigrini would ask for 5,000). MAD = mean over b of |obs_b − exp_b| with exp_b =
 * log10(1 + 1/b); conformity c = clamp((MAD − 0.0012) / (0.0022 − 0.0012), 0, 1); r_b = obs_b / exp_b;
 * s = c · clamp((r_b − 1.5) / 1.5, 0, 1).
 */
final class BenfordTwoDigits implements ControlPointScorer {

    private static final long MIN_CENTS = 10_00;
    private static final int MIN_POPULATION = 1000;
    private static final double CONFORMING_MAD = 0.0012;
    private static final double NONCONFORMING_MAD = 0.0022;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.BENFORD_2D;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        int global = ledger.accountCount();
        int[][] counts = new int[global + 1][100];
        int[] totals = new int[global + 1];
        for (int line = 0; line < ledger.lineCount(); line++) {
            long cents = ledger.absCents(line);
            if (cents >= MIN_CENTS) {
                int digits = firstTwoDigits(cents);
                counts[ledger.accountId(line)][digits]++;
                counts[global][digits]++;
                totals[ledger.accountId(line)]++;
                totals[global]++;
            }
        }
        short[][] byDigits = new short[global + 1][];
        for (int population = 0; population <= global; population++) {
            byDigits[population] = totals[population] >= MIN_POPULATION
                    ? digitScores(counts[population], totals[population]) : null;
        }
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            long cents = ledger.absCents(line);
            if (cents >= MIN_CENTS) {
                short[] table = byDigits[ledger.accountId(line)] != null ? byDigits[ledger.accountId(line)]
                        : byDigits[global];
                scores[line] = table == null ? 0 : table[firstTwoDigits(cents)];
            }
        }
        return scores;
    }

    /** The score of each first-two-digit value within one population. */
    private short[] digitScores(int[] counts, int total) {
        double deviation = 0;
        for (int b = 10; b <= 99; b++) {
            deviation += Math.abs((double) counts[b] / total - expected(b));
        }
        double conformity = clamp((deviation / 90 - CONFORMING_MAD) / (NONCONFORMING_MAD - CONFORMING_MAD));
        short[] scores = new short[100];
        for (int b = 10; b <= 99; b++) {
            double ratio = (double) counts[b] / total / expected(b);
            scores[b] = basisPoints(conformity * clamp((ratio - 1.5) / 1.5));
        }
        return scores;
    }

    static double expected(int digits) {
        return Math.log10(1 + 1.0 / digits);
    }

    static int firstTwoDigits(long cents) {
        long value = cents;
        while (value >= 100) {
            value /= 10;
        }
        return (int) value;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }
}
