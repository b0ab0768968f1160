package org.assay.ingestion.control;

import de.siegmar.fastcsv.reader.CloseableIterator;
import de.siegmar.fastcsv.reader.CommentStrategy;
import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.FieldMismatchStrategy;
import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads delimited rows one at a time with FastCSV, in bounded memory: a row longer than
 * {@link IngestionLimits#maxRecordChars()} ends reading with {@link IngestionCode#LINE_TOO_LONG}. Blank lines are
 * skipped; rows may have more or fewer fields than the header. Holds nothing to close: the caller owns the stream.
 */
final class RecordReader {

    /** Room for one read chunk on top of the limit, so a field within the limit always fits FastCSV's buffer. */
    private static final int BUFFER_MARGIN = 2 * 8192;

    private final CloseableIterator<RecordHandler> rows;
    private final RecordHandler handler;
    private final int maxRecordChars;

    RecordReader(Reader text, char delimiter, IngestionLimits limits) {
        this.maxRecordChars = limits.maxRecordChars();
        this.handler = new RecordHandler(limits.maxRecordChars(), limits.maxColumns());
        this.rows = csvFormat(delimiter)
                .allowUnclosedQuote(false)
                .maxBufferSize(limits.maxRecordChars() + BUFFER_MARGIN)
                .build(handler, new BufferFitReader(text))
                .iterator();
    }

    /**
     * The CSV dialect shared by format detection and reading: RFC 4180 double quotes (text after a closing quote is
     * malformed), no comments, rows with more or fewer fields than the header allowed.
     */
    static CsvReader.CsvReaderBuilder csvFormat(char delimiter) {
        return CsvReader.builder()
                .fieldSeparator(delimiter)
                .quoteCharacter('"')
                .commentStrategy(CommentStrategy.NONE)
                .skipEmptyLines(true)
                .extraFieldStrategy(FieldMismatchStrategy.IGNORE)
                .missingFieldStrategy(FieldMismatchStrategy.IGNORE);
    }

    /** Keep only these columns' values from now on (see {@link RecordHandler#retain}). */
    void retain(boolean[] columns) {
        handler.retain(columns);
    }

    /**
     * Moves to the next non-blank row.
     *
     * @return false at the end of the file
     * @throws IngestionFailure {@link IngestionCode#LINE_TOO_LONG} or {@link IngestionCode#MALFORMED_CSV}
     * @throws IOException      when the underlying stream fails
     */
    boolean next() throws IngestionFailure, IOException {
        try {
            if (!rows.hasNext()) {
                return false;
            }
            rows.next();
            return true;
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (CsvParseException e) {
            if (causedByLength(e)) {
                throw new IngestionFailure(IngestionMessages.lineTooLong(handler.lineNumber(), maxRecordChars));
            }
            throw new IngestionFailure(IngestionMessages.malformedCsv(handler.lineNumber(), e));
        }
    }

    /** 1-based line of the file where the current row starts. */
    long lineNumber() {
        return handler.lineNumber();
    }

    int fieldCount() {
        return handler.fieldCount();
    }

    /** The trimmed value at {@code position}, empty when the row is shorter. */
    String value(int position) {
        return handler.value(position);
    }

    /** All kept values of the current row (for the header). */
    List<String> values() {
        int count = Math.min(handler.fieldCount(), handler.capacity());
        List<String> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(handler.value(i));
        }
        return values;
    }

    /**
     * Our own limit arrives wrapped by FastCSV. Its buffer limit (a field longer than ours, as the buffer holds our
     * limit plus a margin) has no type of its own, only its message, unlike its other errors (an unclosed quote,
     * text after a closing quote); RecordReaderTest pins that message down.
     */
    private static boolean causedByLength(CsvParseException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof RecordHandler.RecordTooLongException) {
                return true;
            }
        }
        return e.getCause() == null && e.getMessage() != null && e.getMessage().contains("maximum buffer size");
    }

    /**
     * Never reads past the end of the caller's array. FastCSV 4.4.0 asks for a fixed 8 KiB chunk even when its
     * buffer, grown to {@code maxBufferSize}, has less room left, which would fail with an IndexOutOfBoundsException
     * instead of its "maximum buffer size" error; reading only what fits lets it reach that error.
     */
    private static final class BufferFitReader extends FilterReader {

        BufferFitReader(Reader in) {
            super(in);
        }

        @Override
        public int read(char[] buffer, int offset, int length) throws IOException {
            int fitting = Math.min(length, buffer.length - offset);
            return fitting == 0 ? 0 : super.read(buffer, offset, fitting);
        }
    }
}
