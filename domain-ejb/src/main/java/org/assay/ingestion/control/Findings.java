package org.assay.ingestion.control;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Counts of each problem met while reading rows, with the first few examples: memory stays bounded however many
 * rows have the problem.
 */
final class Findings {

    private final int maxExamples;
    private final Map<IngestionCode, Tally> tallies = new EnumMap<>(IngestionCode.class);
    private boolean anyError;

    Findings(int maxExamples) {
        this.maxExamples = maxExamples;
    }

    /** The tally for {@code code}, created on first use. */
    Tally of(IngestionCode code) {
        return tallies.computeIfAbsent(code, c -> new Tally(c, maxExamples, this));
    }

    /** Whether an error has been counted, so the rows read from here on must not reach the sink. */
    boolean anyError() {
        return anyError;
    }

    long count(IngestionCode code) {
        Tally tally = tallies.get(code);
        return tally == null ? 0 : tally.count();
    }

    /** The tallies with a count, in the order of {@link IngestionCode}. */
    List<Tally> nonEmpty() {
        return tallies.values().stream().filter(tally -> tally.count() > 0).toList();
    }

    static final class Tally {

        private final IngestionCode code;
        private final int maxExamples;
        private final Findings owner;
        private final List<String> examples = new ArrayList<>();
        private long count;

        private Tally(IngestionCode code, int maxExamples, Findings owner) {
            this.code = code;
            this.maxExamples = maxExamples;
            this.owner = owner;
        }

        /** Whether {@link #add} would keep an example, so callers build example text only when it is needed. */
        boolean wantsExample() {
            return examples.size() < maxExamples;
        }

        /** Counts one occurrence; {@code example} (may be null) is kept while there are fewer than the maximum. */
        void add(String example) {
            count++;
            owner.anyError |= code.isError();
            if (example != null && wantsExample()) {
                examples.add(example);
            }
        }

        IngestionCode code() {
            return code;
        }

        long count() {
            return count;
        }

        List<String> examples() {
            return List.copyOf(examples);
        }
    }
}
