package org.assay.scoring.control;

import java.util.Arrays;

/**
 * Robust z-scores of amounts on a log scale (UNUSUAL_AMOUNT, §5.3 CP 10): x = log10(absCents / 100) for amounts of
 * 1.00 and more, z = 0.6745 · (x − median) / MAD over the line's account when it has 30 lines or more, else over
 * the whole ledger. When the MAD is 0 the scale falls back to 1.2533 × the mean absolute deviation (Iglewicz and
 * Hoaglin); when that is 0 too, every amount equals the median and z = 0.
 */
final class AmountStatistics {

    static final int MIN_ACCOUNT_LINES = 30;
    private static final long MIN_CENTS = 100;
    private static final double MAD_FACTOR = 0.6745;
    private static final double MEAN_AD_FACTOR = 1.253314;

    private final Ledger ledger;
    /** Per account, then the global population at index accountCount: the median and the divisor of x − median. */
    private final double[] median;
    private final double[] scale;

    AmountStatistics(Ledger ledger) {
        this.ledger = ledger;
        int accounts = ledger.accountCount();
        median = new double[accounts + 1];
        scale = new double[accounts + 1];
        int[] lines = new int[accounts];
        int[] start = new int[accounts + 1];
        for (int line = 0; line < ledger.lineCount(); line++) {
            lines[ledger.accountId(line)]++;
            if (ledger.absCents(line) >= MIN_CENTS) {
                start[ledger.accountId(line) + 1]++;
            }
        }
        for (int account = 0; account < accounts; account++) {
            start[account + 1] += start[account];
        }
        double[] grouped = new double[start[accounts]];
        int[] next = Arrays.copyOf(start, accounts);
        for (int line = 0; line < ledger.lineCount(); line++) {
            if (ledger.absCents(line) >= MIN_CENTS) {
                grouped[next[ledger.accountId(line)]++] = log(ledger.absCents(line));
            }
        }
        measure(grouped.clone(), 0, grouped.length, accounts);
        for (int account = 0; account < accounts; account++) {
            if (lines[account] >= MIN_ACCOUNT_LINES && start[account + 1] > start[account]) {
                measure(grouped, start[account], start[account + 1], account);
            } else {
                median[account] = median[accounts];
                scale[account] = scale[accounts];
            }
        }
    }

    private static double log(long absCents) {
        return Math.log10(absCents / 100.0);
    }

    private void measure(double[] values, int from, int to, int slot) {
        if (from == to) {
            return;
        }
        Arrays.sort(values, from, to);
        double middle = median(values, from, to);
        double[] deviations = new double[to - from];
        double sum = 0;
        for (int i = from; i < to; i++) {
            deviations[i - from] = Math.abs(values[i] - middle);
            sum += deviations[i - from];
        }
        Arrays.sort(deviations);
        double mad = median(deviations, 0, deviations.length);
        median[slot] = middle;
        scale[slot] = mad > 0 ? mad / MAD_FACTOR : MEAN_AD_FACTOR * sum / deviations.length;
    }

    private static double median(double[] sorted, int from, int to) {
        int n = to - from;
        int half = from + n / 2;
        return n % 2 == 1 ? sorted[half] : (sorted[half - 1] + sorted[half]) / 2;
    }

    /** |z| of the line's amount; 0 below 1.00. */
    double absZ(int line) {
        long cents = ledger.absCents(line);
        int account = ledger.accountId(line);
        if (cents < MIN_CENTS || scale[account] == 0) {
            return 0;
        }
        return Math.abs(log(cents) - median[account]) / scale[account];
    }
}
