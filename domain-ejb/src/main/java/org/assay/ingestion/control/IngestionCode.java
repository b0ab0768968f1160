package org.assay.ingestion.control;

/**
 * The codes of ingestion messages ({@code ApiMessageRead.code}). Whether a code is an error (the file cannot be
 * analysed as it is) or a warning (it can, with the caveat explained) never depends on the file.
 */
public enum IngestionCode {

    EMPTY_FILE(true),
    NOT_A_TEXT_FILE(true),
    LINE_TOO_LONG(true),
    MALFORMED_CSV(true),
    INVALID_COLUMN_MAPPING(true),
    MISSING_REQUIRED_COLUMN(true),
    NO_DATA_ROWS(true),
    NON_NUMERIC_AMOUNT(true),
    UNPARSEABLE_DATE(true),
    NO_USABLE_LINES(true),
    NO_LINES_IN_PERIOD(true),
    /** The stored file could not be read back (damaged or missing); re-upload it. */
    FILE_UNREADABLE(true),
    /** The job stopped for good (server stops, or a failure on the server); the reason says which. */
    INGESTION_ABANDONED(true),

    HEADER_NOT_FIRST_ROW(false),
    UNSUPPORTED_FIELD_MAPPING(false),
    TRANSACTION_ID_DERIVED(false),
    AMBIGUOUS_DATE_FORMAT(false),
    INCONSISTENT_COLUMN_COUNT(false),
    LINES_EXCLUDED(false),
    AMOUNTS_ROUNDED(false),
    NEGATIVE_DEBIT_CREDIT(false),
    DATE_OUTSIDE_PERIOD(false),
    /** Debits and credits of a transaction differ; found by the ingestion job over all lines. */
    UNBALANCED_TRANSACTIONS(false),
    /** A text value was longer than its column and was shortened. */
    VALUES_SHORTENED(false);

    private final boolean error;

    IngestionCode(boolean error) {
        this.error = error;
    }

    public boolean isError() {
        return error;
    }
}
