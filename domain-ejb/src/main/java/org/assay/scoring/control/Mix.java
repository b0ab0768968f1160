package org.assay.scoring.control;

/** The SplitMix64 finaliser: spreads a key's bits so sums and sorts of hashes behave well. */
final class Mix {

    private Mix() {
    }

    static long hash(long key) {
        long z = key + 0x9E3779B97F4A7C15L;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static long hash(long first, long second) {
        return hash(hash(first) ^ second);
    }
}
