package org.assay.ingestion.control;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The wording of every ingestion message, in one place: each says what is wrong, how much, where (line numbers
 * as a text editor or spreadsheet shows them), and what to do.
 */
final class IngestionMessages {

    private static final String DELIMITERS = "comma, semicolon, tab and pipe (|)";

    private IngestionMessages() {
    }

    // the file as a whole

    static IngestionMessage emptyFile() {
        return single(IngestionCode.EMPTY_FILE, "The file is empty. Upload the general ledger export again.");
    }

    static IngestionMessage notText(String recognisedAs) {
        String what = recognisedAs == null ? "it contains binary data" : "it looks like " + recognisedAs;
        return single(IngestionCode.NOT_A_TEXT_FILE, "The file is not a text file (" + what + "). Export the "
                + "general ledger as CSV or delimited text (" + DELIMITERS + " as the delimiter) and upload that.");
    }

    static IngestionMessage lineTooLong(long line, int limit) {
        return single(IngestionCode.LINE_TOO_LONG, "The row starting on line " + number(line) + " is longer than "
                + number(limit) + " characters, the limit for one row, so reading stopped there. This usually means a"
                + " quote (\") that is never closed or line breaks lost in the export; correct the file and upload it"
                + " again.");
    }

    static IngestionMessage malformedCsv(long line, RuntimeException cause) {
        return single(IngestionCode.MALFORMED_CSV, "The row starting on line " + number(line) + " could not be read as"
                + " delimited text (" + cause.getMessage() + "). Check the quotes (\") around that line.");
    }

    static IngestionMessage headerNotFirst(long headerLine) {
        long skipped = headerLine - 1;
        return single(IngestionCode.HEADER_NOT_FIRST_ROW, "The header was found on line " + number(headerLine) + ";"
                + " the " + count(skipped, "line", "lines") + " above it (titles or blank lines) "
                + (skipped == 1 ? "was" : "were") + " skipped. MindBridge expects the header on the first line.");
    }

    static IngestionMessage noDataRows() {
        return single(IngestionCode.NO_DATA_ROWS, "The file has a header but no data rows. Export the general ledger"
                + " again with its journal lines.");
    }

    // columns

    static IngestionMessage mappingOutsideColumns(ExplicitMapping mapping, int columnCount) {
        return single(IngestionCode.INVALID_COLUMN_MAPPING, "The column mapping for position "
                + mapping.columnPosition() + " (" + mapping.mindbridgeField() + ") names a column the file does not"
                + " have: its columns are numbered 0 to " + (columnCount - 1) + ".");
    }

    static IngestionMessage fieldMappedTwice(GlField field, List<String> headers, int first, int second) {
        return single(IngestionCode.INVALID_COLUMN_MAPPING, "The field " + field.mindbridgeField() + " is mapped to"
                + " two columns, '" + headers.get(first) + "' (position " + first + ") and '" + headers.get(second)
                + "' (position " + second + "). Map it to one column.");
    }

    static IngestionMessage unsupportedField(ExplicitMapping mapping, String columnName) {
        return single(IngestionCode.UNSUPPORTED_FIELD_MAPPING, "Column '" + columnName + "' (position "
                + mapping.columnPosition() + ") is mapped to '" + mapping.mindbridgeField() + "', a field this server"
                + " does not analyse; the column is ignored.");
    }

    static IngestionMessage missingColumns(List<String> missing, List<String> headers, char delimiter) {
        StringBuilder text = new StringBuilder("No column is mapped to the required ")
                .append(missing.size() == 1 ? "field " : "fields ").append(String.join("; ", missing)).append('.');
        if (headers.size() <= 1) {
            text.append(" Only one column was found").append(headers.isEmpty() ? "" : " ('" + shorten(headers.get(0))
                    + "')").append(", so the delimiter was not recognised: the supported delimiters are ")
                    .append(DELIMITERS).append('.');
        } else {
            text.append(" Columns found (").append(DetectedFormat.delimiterName(delimiter)).append("-delimited): ")
                    .append(headers.stream().map(h -> "'" + shorten(h) + "'").collect(Collectors.joining(", ")))
                    .append(". Rename the header or map the columns explicitly.");
        }
        return single(IngestionCode.MISSING_REQUIRED_COLUMN, text.toString());
    }

    static IngestionMessage transactionIdDerived() {
        return single(IngestionCode.TRANSACTION_ID_DERIVED, "No column is mapped to transaction_id, so each line was"
                + " given its own transaction id (row-<row number>) and transactions cannot be checked for balance."
                + " Map the journal entry or document number column if the file has one.");
    }

    static IngestionMessage ambiguousDate(String columnName, DateColumnFormat format) {
        String alternatives = format.candidates().stream().filter(p -> p != format.selected())
                .map(DatePattern::pattern).collect(Collectors.joining(" or "));
        return single(IngestionCode.AMBIGUOUS_DATE_FORMAT, "The dates in column '" + columnName + "' fit both "
                + format.selected().pattern() + " and " + alternatives + " (no day above 12 in the sample); they were"
                + " read as " + format.selected().pattern() + ". If that is wrong, choose the format for column "
                + format.position() + " and ingest again.");
    }

    // counted while reading rows

    static IngestionMessage nonNumericAmounts(Findings.Tally tally) {
        return counted(tally, count(tally.count(), "amount is", "amounts are") + " not plain numbers" + examples(tally)
                + ". Amounts may contain only digits, '.' as the decimal mark and a leading '-': remove currency"
                + " symbols, thousands separators and parentheses, then upload the file again.");
    }

    static IngestionMessage unparseableDates(Findings.Tally tally) {
        return counted(tally, count(tally.count(), "date", "dates") + " could not be read in the format detected for"
                + " its column" + examples(tally) + ". Use one date format per column, preferably yyyy-MM-dd.");
    }

    static IngestionMessage roundedAmounts(Findings.Tally tally) {
        return counted(tally, count(tally.count(), "amount has", "amounts have") + " more than two decimals and "
                + (tally.count() == 1 ? "was" : "were") + " rounded half-up to the cent" + examples(tally) + ".");
    }

    static IngestionMessage negativeDebitsCredits(Findings.Tally tally) {
        return counted(tally, count(tally.count(), "line has", "lines have") + " a negative debit or credit"
                + examples(tally) + ". The amount was moved to the other side: a negative debit counts as a credit"
                + " and a negative credit as a debit.");
    }

    static IngestionMessage inconsistentColumnCount(Findings.Tally tally, int columnCount) {
        return counted(tally, count(tally.count(), "row does", "rows do") + " not have the header's "
                + number(columnCount) + " columns" + examples(tally) + ". Values in such rows may be in the wrong"
                + " columns: check the quotes and delimiters in memo and description text.");
    }

    static IngestionMessage excludedLines(Findings.Tally tally, LineConverter converter) {
        String byField = Arrays.stream(LineConverter.REQUIRED)
                .filter(field -> converter.missing(field) > 0)
                .map(field -> number(converter.missing(field)) + " without "
                        + (field == GlField.AMOUNT ? "an amount" : field.label()))
                .collect(Collectors.joining(", "));
        return counted(tally, count(tally.count(), "line was", "lines were") + " excluded because a required value is"
                + " empty" + examples(tally) + ". In all: " + byField + ". Excluded lines can leave transactions"
                + " unbalanced.");
    }

    static IngestionMessage datesOutsidePeriod(Findings.Tally tally, LocalDate start, LocalDate end) {
        return counted(tally, count(tally.count(), "line has", "lines have") + " an effective date outside the"
                + " analysis period " + start + " to " + end + examples(tally) + ". Such lines are kept but are not"
                + " activity of the period.");
    }

    static IngestionMessage noLinesInPeriod(long lines, LocalDate start, LocalDate end, LocalDate first,
            LocalDate last) {
        return single(IngestionCode.NO_LINES_IN_PERIOD, "None of the " + count(lines, "line", "lines") + " has an"
                + " effective date in the analysis period " + start + " to " + end + "; their dates run from " + first
                + " to " + last + ". Check the analysis period, or the date format of the effective date column.");
    }

    static IngestionMessage noUsableLines(long rows) {
        return single(IngestionCode.NO_USABLE_LINES, "None of the " + count(rows, "data row", "data rows")
                + " could be used as a journal line; see the other messages for why.");
    }

    // helpers

    private static IngestionMessage single(IngestionCode code, String text) {
        return new IngestionMessage(code, text, 1);
    }

    private static IngestionMessage counted(Findings.Tally tally, String text) {
        return new IngestionMessage(tally.code(), text, tally.count());
    }

    /** ": example; example" with "(first N shown)" when there are more; empty without examples. */
    private static String examples(Findings.Tally tally) {
        List<String> examples = tally.examples();
        if (examples.isEmpty()) {
            return "";
        }
        String more = tally.count() > examples.size() ? " (first " + examples.size() + " shown)" : "";
        return ": " + String.join("; ", examples) + more;
    }

    private static String count(long n, String singular, String plural) {
        return number(n) + " " + (n == 1 ? singular : plural);
    }

    private static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String shorten(String text) {
        return text.length() > 60 ? text.substring(0, 60) + "…" : text;
    }
}
