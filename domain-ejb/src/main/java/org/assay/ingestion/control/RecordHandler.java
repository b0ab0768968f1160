package org.assay.ingestion.control;

import de.siegmar.fastcsv.reader.AbstractBaseCsvCallbackHandler;

/**
 * FastCSV callback that keeps the current row's wanted fields, trimmed, in a reused array (no object per row
 * beyond the field strings) and stops a row as soon as its fields add up to more than the limit.
 */
final class RecordHandler extends AbstractBaseCsvCallbackHandler<RecordHandler> {

    private final int maxRecordChars;
    private final String[] values;
    private boolean[] wanted;
    private long recordChars;

    RecordHandler(int maxRecordChars, int maxColumns) {
        this.maxRecordChars = maxRecordChars;
        this.values = new String[maxColumns];
    }

    /** From now on keep only the columns flagged true (null: keep all); the others are skipped unread. */
    void retain(boolean[] columns) {
        this.wanted = columns == null ? null : columns.clone();
    }

    @Override
    protected void handleBegin(long startingLineNumber) {
        recordChars = 0;
    }

    @Override
    protected void handleField(int index, char[] buffer, int offset, int length, boolean quoted) {
        recordChars += length + 1L;
        if (recordChars - 1 > maxRecordChars) {
            throw new RecordTooLongException();
        }
        if (index < values.length && (wanted == null || index < wanted.length && wanted[index])) {
            values[index] = trimmed(buffer, offset, length);
        }
    }

    @Override
    protected RecordHandler buildRecord() {
        return this;
    }

    int capacity() {
        return values.length;
    }

    long lineNumber() {
        return getStartingLineNumber();
    }

    int fieldCount() {
        return getFieldCount();
    }

    /** The trimmed value at {@code index}; empty when the row is shorter. Only kept columns may be asked for. */
    String value(int index) {
        return index < getFieldCount() && index < values.length ? values[index] : "";
    }

    private static String trimmed(char[] buffer, int offset, int length) {
        int start = offset;
        int end = offset + length;
        while (start < end && buffer[start] <= ' ') {
            start++;
        }
        while (end > start && buffer[end - 1] <= ' ') {
            end--;
        }
        return start == end ? "" : new String(buffer, start, end - start);
    }

    /** Thrown through FastCSV, which wraps it; {@link RecordReader} unwraps it. */
    static final class RecordTooLongException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        RecordTooLongException() {
            super(null, null, false, false);
        }
    }
}
