package org.assay.ingestion.control;

/**
 * Bounds that keep ingestion's memory independent of the file.
 *
 * @param sampleBytes    how much of the start of the file format detection looks at
 * @param maxRecordChars the longest row accepted, in characters; a longer one stops ingestion with
 *                       {@link IngestionCode#LINE_TOO_LONG} after reading about this much
 * @param maxColumns     columns beyond this position are ignored
 * @param maxExamples    how many examples a message quotes
 */
public record IngestionLimits(int sampleBytes, int maxRecordChars, int maxColumns, int maxExamples) {

    public static final int DEFAULT_SAMPLE_BYTES = 256 * 1024;
    public static final int DEFAULT_MAX_RECORD_CHARS = 1024 * 1024;
    public static final int DEFAULT_MAX_COLUMNS = 4096;
    public static final int DEFAULT_MAX_EXAMPLES = 5;

    public IngestionLimits {
        if (sampleBytes < 1024 || maxRecordChars < 1024 || maxColumns < 1 || maxExamples < 0) {
            throw new IllegalArgumentException("Ingestion limits too small: sampleBytes and maxRecordChars must be"
                    + " at least 1024, maxColumns at least 1, maxExamples not negative");
        }
    }

    public static IngestionLimits defaults() {
        return new IngestionLimits(DEFAULT_SAMPLE_BYTES, DEFAULT_MAX_RECORD_CHARS, DEFAULT_MAX_COLUMNS,
                DEFAULT_MAX_EXAMPLES);
    }

    public IngestionLimits withMaxRecordChars(int chars) {
        return new IngestionLimits(sampleBytes, chars, maxColumns, maxExamples);
    }

    public IngestionLimits withSampleBytes(int bytes) {
        return new IngestionLimits(bytes, maxRecordChars, maxColumns, maxExamples);
    }
}
