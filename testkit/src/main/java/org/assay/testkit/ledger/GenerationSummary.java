package org.assay.testkit.ledger;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What a generation wrote.
 *
 * @param anomaliesByKind every kind, with 0 for the kinds that found no room (tiny ledgers)
 */
public record GenerationSummary(long lines, long transactions, Map<AnomalyKind, Long> anomaliesByKind,
        long totalDebitCents, long totalCreditCents) {

    public GenerationSummary {
        EnumMap<AnomalyKind, Long> all = new EnumMap<>(AnomalyKind.class);
        for (AnomalyKind kind : AnomalyKind.values()) {
            all.put(kind, anomaliesByKind.getOrDefault(kind, 0L));
        }
        anomaliesByKind = Collections.unmodifiableMap(all);
    }

    public long anomalies() {
        return anomaliesByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
