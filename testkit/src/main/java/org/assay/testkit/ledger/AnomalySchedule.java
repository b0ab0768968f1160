package org.assay.testkit.ledger;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When the next anomaly is due and of which kind. Slots come every 1/rate transactions (± 50 %), so anomalies
 * spread over the whole period; kinds take turns in a seeded order. A kind that finds no room when its turn comes
 * (a REVERSAL in the first month, say) goes first at later slots until it has caught up with the others.
 */
final class AnomalySchedule {

    private final double spacing;
    private final SeededRandom random;
    private final List<AnomalyKind> rotation = new ArrayList<>(List.of(AnomalyKind.values()));
    private final Map<AnomalyKind, Integer> injected = new EnumMap<>(AnomalyKind.class);
    private double nextSlot;

    AnomalySchedule(double rate, SeededRandom random) {
        this.spacing = rate > 0 ? 1 / rate : Double.POSITIVE_INFINITY;
        this.random = random;
        for (int i = rotation.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            rotation.set(i, rotation.set(j, rotation.get(i)));
        }
        rotation.forEach(kind -> injected.put(kind, 0));
        this.nextSlot = spacing * random.nextDouble();
    }

    boolean isDue(long transactionIndex) {
        return transactionIndex >= nextSlot;
    }

    /** The kinds to try for the slot that is due: the fewest injected first, then in turn. */
    List<AnomalyKind> queue() {
        List<AnomalyKind> queue = new ArrayList<>(rotation);
        queue.sort(Comparator.comparing(injected::get));
        return queue;
    }

    /** The slot was filled with {@code kind}, or with nothing if null. */
    void filled(AnomalyKind kind) {
        if (kind != null) {
            injected.merge(kind, 1, Integer::sum);
            rotation.remove(kind);
            rotation.add(kind);
        }
        nextSlot += spacing * random.between(0.5, 1.5);
    }
}
