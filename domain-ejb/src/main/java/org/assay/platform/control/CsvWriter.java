package org.assay.platform.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * Writes CSV as auditors' spreadsheets read it (by default RFC 4180: comma, CRLF, quotes doubled; the delimiter
 * and quoting are configurable). A cell that a spreadsheet
 * would run as a formula ({@code = + - @}, tab, carriage return) is prefixed with an apostrophe (OWASP "CSV
 * injection"), because exported values come from API callers. Fifty lines: no CSV library needed.
 */
public final class CsvWriter {

    private final Writer out;
    private final CsvFormat format;

    public CsvWriter(Writer out) {
        this(out, CsvFormat.RFC_4180);
    }

    public CsvWriter(Writer out, CsvFormat format) {
        this.out = out;
        this.format = format;
    }

    public void row(List<?> cells) {
        try {
            for (int i = 0; i < cells.size(); i++) {
                if (i > 0) {
                    out.write(format.delimiter());
                }
                out.write(cell(cells.get(i), format));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String cell(Object value) {
        return cell(value, CsvFormat.RFC_4180);
    }

    static String cell(Object value, CsvFormat format) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (!text.isEmpty() && !(value instanceof Number) && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            text = "'" + text;
        }
        if (text.indexOf(format.delimiter()) >= 0 || text.indexOf(format.quote()) >= 0
                || text.indexOf(format.quoteEscape()) >= 0 || text.contains("\n") || text.contains("\r")) {
            StringBuilder quoted = new StringBuilder(text.length() + 8).append(format.quote());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == format.quote() || (c == format.quoteEscape() && c != format.quote())) {
                    quoted.append(format.quoteEscape());
                }
                quoted.append(c);
            }
            text = quoted.append(format.quote()).toString();
        }
        return text;
    }
}
