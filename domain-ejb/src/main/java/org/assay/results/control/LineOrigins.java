package org.assay.results.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each scored line is stored: its analysis source and its row there, recorded in the order the lines were
 * read (which is the order of the ledger's line indexes). Compact: one int per line and one entry per source.
 */
public final class LineOrigins {

    private final List<String> sources = new ArrayList<>();
    private final List<Integer> sourceStarts = new ArrayList<>();
    private long[] rowIds = new long[1024];
    private int size;

    /** Records the next line. */
    public void add(String sourceId, long rowId) {
        if (sources.isEmpty() || !sources.get(sources.size() - 1).equals(sourceId)) {
            sources.add(sourceId);
            sourceStarts.add(size);
        }
        if (size == rowIds.length) {
            rowIds = Arrays.copyOf(rowIds, size * 2);
        }
        rowIds[size++] = rowId;
    }

    public int size() {
        return size;
    }

    public long rowId(int line) {
        return rowIds[line];
    }

    /** The source of the line; lines arrive source by source, so a binary search over the starts finds it. */
    public String sourceId(int line) {
        int low = 0;
        int high = sourceStarts.size() - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (sourceStarts.get(mid) <= line) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return sources.get(low);
    }
}
