package org.assay.testkit.ledger;

/**
 * Lines per transaction as in real ledgers (EY SyntheticData's evaluation, analytics.md §3.4): 2 lines 60.7 %,
 * 3 5.8 %, 4 16.6 %, 5 3.1 %, 6 3.3 %, 7 1.1 %, 8 1.9 %, and the remaining 7.5 % from 9 to 60 lines, each count
 * 0.8 times as likely as the one before.
 */
final class LineCountDistribution {

    static final int MAX_LINES = 60;
    private static final double[] HEAD = {0.607, 0.058, 0.166, 0.031, 0.033, 0.011, 0.019};
    private static final double TAIL_SHARE = 0.075;
    private static final double TAIL_DECAY = 0.8;

    private final Weighted<Integer> counts;

    LineCountDistribution() {
        Weighted.Builder<Integer> builder = Weighted.builder();
        for (int i = 0; i < HEAD.length; i++) {
            builder.add(i + 2, HEAD[i]);
        }
        double tailNorm = 0;
        for (int n = 9; n <= MAX_LINES; n++) {
            tailNorm += StrictMath.pow(TAIL_DECAY, n - 9);
        }
        for (int n = 9; n <= MAX_LINES; n++) {
            builder.add(n, TAIL_SHARE * StrictMath.pow(TAIL_DECAY, n - 9) / tailNorm);
        }
        counts = builder.build();
    }

    /** A line count of at most {@code maxLines} that fits the budget, or 0 if none does. */
    int sample(SeededRandom random, int maxLines, long budget) {
        return fit(counts.pick(random), maxLines, budget);
    }

    /**
     * {@code wanted} lines, cut down to the maximum and the budget, never leaving exactly one line of budget over
     * (a transaction cannot have one line); 0 if that is impossible.
     */
    static int fit(int wanted, int maxLines, long budget) {
        int lines = (int) Math.min(Math.min(wanted, maxLines), budget);
        if (budget - lines == 1) {
            lines = lines + 1 <= maxLines ? lines + 1 : lines - 1;
        }
        return lines >= 2 && budget - lines != 1 ? lines : 0;
    }
}
