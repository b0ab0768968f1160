package org.assay.ingestion.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Chooses a date column's {@link DatePattern} from sampled values: the patterns that read every non-empty value,
 * the first in declaration order winning (so month-first when all day values are 12 or less); when none reads them
 * all, the one that reads the most, so the others are reported as unparseable. Without samples, ISO.
 */
final class DateFormatDetector {

    DateColumnFormat detect(int position, Iterable<String> sampleValues) {
        DatePattern[] patterns = DatePattern.values();
        int[] parsed = new int[patterns.length];
        int nonEmpty = 0;
        for (String value : sampleValues) {
            if (value == null || value.isBlank()) {
                continue;
            }
            nonEmpty++;
            for (int i = 0; i < patterns.length; i++) {
                if (patterns[i].parseEpochDay(value.strip()) != DatePattern.UNPARSEABLE) {
                    parsed[i]++;
                }
            }
        }
        List<DatePattern> fitting = new ArrayList<>();
        int best = 0;
        for (int i = 0; i < patterns.length; i++) {
            if (nonEmpty > 0 && parsed[i] == nonEmpty) {
                fitting.add(patterns[i]);
            }
            if (parsed[i] > parsed[best]) {
                best = i;
            }
        }
        DatePattern selected = fitting.isEmpty() ? patterns[best] : fitting.get(0);
        return new DateColumnFormat(position, selected, fitting);
    }
}
