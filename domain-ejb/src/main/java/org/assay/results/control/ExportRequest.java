package org.assay.results.control;

import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Set;
import org.assay.platform.control.CsvFormat;
import org.assay.platform.query.Operands;
import org.assay.platform.query.QueryException;

/**
 * A data-table export ({@code ApiDataTableExportRequest}): the rows as for a read (filter, one sort, columns in the
 * order asked, all selectable columns when none are), at most {@code limit} of them, and how the CSV and the lists
 * inside its cells are delimited and quoted.
 *
 * @param rows      filter, sort and columns
 * @param limit     the most rows to export, or null for all
 * @param csv       the file's delimiter and quoting
 * @param innerList how a list value (e.g. {@code accounts}) is written inside one cell
 */
public record ExportRequest(RowQuery rows, Long limit, CsvFormat csv, CsvFormat innerList) {

    /** Lists inside a cell as in MindBridge's own exports: {@code '1000';'2000'}. */
    public static final CsvFormat DEFAULT_INNER_LIST = new CsvFormat(';', '\'', '\'');

    private static final Set<String> PROPERTIES = Set.of("fields", "query", "sort", "limit", "csvConfiguration",
            "innerListCsvConfiguration");
    private static final Set<String> CSV_PROPERTIES = Set.of("delimiter", "quote", "quoteEscape",
            "quoteEscapeEscape");

    /**
     * Reads the request body against the table's columns.
     *
     * @throws QueryException naming the property that is wrong (e.g. {@code fields[1]},
     *                        {@code csvConfiguration.delimiter})
     */
    public static ExportRequest parse(JsonObject body, TableSchema table) {
        RowQuery.allowOnly(body, PROPERTIES);
        RowQuery rows = RowQuery.of(body, table, 0, RowQuery.MAX_PAGE_SIZE);
        if (rows.columns().isEmpty()) {
            throw new QueryException("fields", "expected at least one column to export");
        }
        Long limit = null;
        if (body.containsKey("limit") && !RowQuery.isNull(body, "limit")) {
            JsonValue value = body.get("limit");
            if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()
                    || ((JsonNumber) value).bigDecimalValue().signum() <= 0) {
                throw new QueryException("limit", "expected a whole number of at least 1, got "
                        + (value.getValueType() == JsonValue.ValueType.NUMBER ? value : Operands.describe(value)));
            }
            limit = ((JsonNumber) value).bigDecimalValue().min(BigDecimal.valueOf(Long.MAX_VALUE))
                    .longValue();
        }
        return new ExportRequest(rows, limit, format(body, "csvConfiguration", CsvFormat.RFC_4180),
                format(body, "innerListCsvConfiguration", DEFAULT_INNER_LIST));
    }

    private static CsvFormat format(JsonObject body, String property, CsvFormat defaults) {
        JsonObject configuration = RowQuery.object(body, property);
        if (configuration == null) {
            return defaults;
        }
        for (String key : configuration.keySet()) {
            if (!CSV_PROPERTIES.contains(key)) {
                throw new QueryException(property + "." + key, "unknown property; allowed: delimiter, quote, "
                        + "quoteEscape, quoteEscapeEscape");
            }
        }
        char delimiter = character(configuration, property, "delimiter", defaults.delimiter());
        char quote = character(configuration, property, "quote", defaults.quote());
        char escape = character(configuration, property, "quoteEscape", quote);
        // An escape character inside a quoted cell is escaped with itself; another choice is refused, not ignored.
        if (character(configuration, property, "quoteEscapeEscape", escape) != escape) {
            throw new QueryException(property + ".quoteEscapeEscape", "Assay escapes the quoteEscape character "
                    + "with itself: leave quoteEscapeEscape out or make it equal to quoteEscape");
        }
        try {
            return new CsvFormat(delimiter, quote, escape);
        } catch (IllegalArgumentException e) {
            throw new QueryException(property, e.getMessage());
        }
    }

    private static char character(JsonObject configuration, String property, String key, char absent) {
        JsonValue value = configuration.get(key);
        if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
            return absent;
        }
        if (value.getValueType() != JsonValue.ValueType.STRING || ((JsonString) value).getString().length() != 1) {
            throw new QueryException(property + "." + key, "expected a single character, got "
                    + (value.getValueType() == JsonValue.ValueType.STRING
                            ? Operands.quote(((JsonString) value).getString()) : Operands.describe(value)));
        }
        return ((JsonString) value).getString().charAt(0);
    }
}
