package org.assay.testkit.ledger;

import java.util.ArrayList;
import java.util.List;

/** An immutable weighted choice among a few items. */
final class Weighted<T> {

    private final List<T> items;
    private final double[] cumulative;

    private Weighted(List<T> items, List<Double> weights) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to choose from");
        }
        this.items = List.copyOf(items);
        this.cumulative = new double[weights.size()];
        double sum = 0;
        for (int i = 0; i < weights.size(); i++) {
            sum += weights.get(i);
            cumulative[i] = sum;
        }
    }

    static <T> Builder<T> builder() {
        return new Builder<>();
    }

    T pick(SeededRandom random) {
        double target = random.nextDouble() * cumulative[cumulative.length - 1];
        for (int i = 0; i < cumulative.length - 1; i++) {
            if (target < cumulative[i]) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    List<T> items() {
        return items;
    }

    static final class Builder<T> {
        private final List<T> items = new ArrayList<>();
        private final List<Double> weights = new ArrayList<>();

        Builder<T> add(T item, double weight) {
            if (weight > 0) {
                items.add(item);
                weights.add(weight);
            }
            return this;
        }

        boolean isEmpty() {
            return items.isEmpty();
        }

        Weighted<T> build() {
            return new Weighted<>(items, weights);
        }
    }
}
