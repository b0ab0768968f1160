package org.assay.ingestion.control;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * How a delimited file is written, as found by {@link FormatDetector}.
 *
 * @param charset        the text encoding
 * @param byteOrderMark  whether the file starts with a byte-order mark (which is not part of the text)
 * @param delimiter      the field delimiter: {@code , ; | } or TAB
 * @param headerRowIndex 0-based index, among the non-blank rows, of the header (0 unless title lines precede it)
 * @param headerNames    the header's column names
 * @param columnCount    the number of columns most rows have
 */
public record DetectedFormat(Charset charset, boolean byteOrderMark, char delimiter, int headerRowIndex,
        List<String> headerNames, int columnCount) {

    public DetectedFormat {
        Objects.requireNonNull(charset, "charset");
        headerNames = List.copyOf(headerNames);
    }

    /** The delimiter as a person names it: comma, semicolon, tab or pipe. */
    public String delimiterName() {
        return delimiterName(delimiter);
    }

    static String delimiterName(char delimiter) {
        return switch (delimiter) {
            case ',' -> "comma";
            case ';' -> "semicolon";
            case '\t' -> "tab";
            case '|' -> "pipe";
            default -> "'" + delimiter + "'";
        };
    }

    /** How many bytes the byte-order mark takes. */
    int byteOrderMarkLength() {
        if (!byteOrderMark) {
            return 0;
        }
        return StandardCharsets.UTF_8.equals(charset) ? 3 : 2;
    }
}
