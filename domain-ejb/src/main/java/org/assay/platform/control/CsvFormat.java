package org.assay.platform.control;

/**
 * How CSV cells are separated and quoted ({@code csvConfiguration} of the reference's exports): the delimiter, the
 * quote, and how a quote inside a quoted cell is escaped (by default doubled, RFC 4180).
 *
 * @param delimiter   between cells
 * @param quote       around cells that hold the delimiter, the quote, the escape or a line break
 * @param quoteEscape written before a quote inside a quoted cell
 */
public record CsvFormat(char delimiter, char quote, char quoteEscape) {

    /** RFC 4180: comma, double quote, quotes doubled. */
    public static final CsvFormat RFC_4180 = new CsvFormat(',', '"', '"');

    public CsvFormat {
        if (delimiter == quote || delimiter == '\r' || delimiter == '\n' || quote == '\r' || quote == '\n') {
            throw new IllegalArgumentException("the delimiter and the quote must differ and not be line breaks");
        }
    }
}
