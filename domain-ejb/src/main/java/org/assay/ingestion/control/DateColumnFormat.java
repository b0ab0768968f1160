package org.assay.ingestion.control;

import java.util.List;
import java.util.Objects;

/**
 * The date pattern chosen for one date column, and every pattern that fitted all sampled values; more than one
 * candidate means the column is ambiguous (the API's {@code ambiguousColumnResolutions {position,
 * ambiguousFormats, selectedFormat}}).
 *
 * @param position   0-based column position
 * @param selected   the pattern used to read the column
 * @param candidates the patterns that read every non-empty sampled value (empty when none did or none was sampled)
 */
public record DateColumnFormat(int position, DatePattern selected, List<DatePattern> candidates) {

    public DateColumnFormat {
        Objects.requireNonNull(selected, "selected");
        candidates = List.copyOf(candidates);
    }

    public boolean ambiguous() {
        return candidates.size() > 1;
    }

    DateColumnFormat withSelected(DatePattern pattern) {
        return new DateColumnFormat(position, pattern, candidates);
    }
}
