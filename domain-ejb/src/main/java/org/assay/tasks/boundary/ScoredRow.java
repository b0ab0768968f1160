package org.assay.tasks.boundary;

import java.util.Map;

/** What a task copies from the scored entry or transaction it is created on: its transaction's name and scores. */
public record ScoredRow(String transaction, Map<String, Integer> riskScores) {

    public ScoredRow {
        riskScores = riskScores == null ? Map.of() : Map.copyOf(riskScores);
    }
}
