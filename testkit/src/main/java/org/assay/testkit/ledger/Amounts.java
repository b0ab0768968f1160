package org.assay.testkit.ledger;

/**
 * Money in cents. Normal amounts are log-normal around a shape's median, cut at ±3.5 standard deviations (so
 * UNUSUAL_AMOUNT, which fails from |z| = 4.5, leaves them alone) and below 80 % of materiality. Apart from the
 * configured round bias they are never whole hundreds, and never whole thousands.
 */
final class Amounts {

    static final long HUNDRED = 100_00;
    static final long THOUSAND = 1_000_00;
    private static final double CUT_SIGMAS = 3.5;
    private static final long MINIMUM = 1_00;

    private final SeededRandom random;
    private final double roundBias;
    private final long normalCeiling;

    Amounts(Settings settings, SeededRandom random) {
        this.random = random;
        this.roundBias = settings.roundBias();
        this.normalCeiling = settings.materialityCents() * 8 / 10;
    }

    /** The largest amount, line or total, of a normal transaction. */
    long normalCeiling() {
        return normalCeiling;
    }

    /** A normal amount; only people type round numbers, so only {@code keyedByPerson} amounts have round bias. */
    long normal(double medianCents, double spreadDecades, boolean keyedByPerson) {
        long cents = logNormal(medianCents, spreadDecades, CUT_SIGMAS);
        boolean round = keyedByPerson && cents >= HUNDRED && random.chance(roundBias);
        return round ? roundHundredsOnly(cents) : offHundreds(cents);
    }

    /** Log-normal with |z| ≤ {@code cutSigmas}, within [$1.00, normal ceiling], not rounded in any way. */
    long logNormal(double medianCents, double spreadDecades, double cutSigmas) {
        while (true) {
            double z = random.nextGaussian();
            long cents = Math.round(medianCents * StrictMath.pow(10, spreadDecades * z));
            if (Math.abs(z) <= cutSigmas && cents >= MINIMUM && cents <= normalCeiling) {
                return cents;
            }
        }
    }

    /** Whole thousands, at least one thousand: the ROUND_AMOUNT anomaly. */
    static long wholeThousands(long cents) {
        return Math.max(1, Math.round(cents / (double) THOUSAND)) * THOUSAND;
    }

    /** An amount in [prefix, prefix + 1) × 10^k for the k that lands nearest {@code nearCents}. */
    long withLeadingDigits(int twoDigits, long nearCents) {
        long scale = 1;
        while (twoDigits * scale * 10 <= nearCents) {
            scale *= 10;
        }
        return offHundreds(twoDigits * scale + (long) (random.nextDouble() * scale));
    }

    static boolean isWholeHundreds(long cents) {
        return cents >= HUNDRED && cents % HUNDRED == 0;
    }

    static boolean isWholeThousands(long cents) {
        return cents >= THOUSAND && cents % THOUSAND == 0;
    }

    /** Moves a whole-hundreds amount by one cent. */
    static long offHundreds(long cents) {
        return isWholeHundreds(cents) ? cents + 1 : cents;
    }

    /**
     * Makes the parts' total neither whole thousands nor, unless every part is round by bias, whole hundreds, by
     * moving one part a cent (or a round part a hundred). Returns the total.
     */
    static long keepTotalOffRound(long[] parts) {
        long total = sum(parts);
        if (!isWholeHundreds(total)) {
            return total;
        }
        for (int i = 0; i < parts.length; i++) {
            if (!isWholeHundreds(parts[i])) {
                long step = isWholeHundreds(parts[i] + 1) ? -1 : 1;
                parts[i] += step;
                return total + step;
            }
        }
        if (isWholeThousands(total)) {
            int last = parts.length - 1;
            long step = parts[last] % THOUSAND == 9 * HUNDRED ? -HUNDRED : HUNDRED;
            parts[last] += step;
            return total + step;
        }
        return total;
    }

    static long sum(long[] parts) {
        long total = 0;
        for (long part : parts) {
            total += part;
        }
        return total;
    }

    /** Whole hundreds but not whole thousands: ROUND_AMOUNT scores it 0.5, which does not fail the control point. */
    private static long roundHundredsOnly(long cents) {
        long hundreds = Math.max(HUNDRED, Math.round(cents / (double) HUNDRED) * HUNDRED);
        return isWholeThousands(hundreds) ? hundreds + HUNDRED : hundreds;
    }
}
