package org.assay.results.control;

/** The column types of {@code ApiDataTableColumnRead} (api-reference.md §3.13); Assay's tables use a few of them. */
public enum ColumnType {
    STRING, DATE, DATE_TIME, BOOLEAN, INT16, INT32, INT64, FLOAT32, FLOAT64, MONEY_100, PERCENTAGE_FIXED_POINT,
    ARRAY_STRINGS, ARRAY_INT64, KEYWORD_SEARCH, OBJECTID, BOOLEAN_FLAGS, MAP_SCALARS, LEGACY_ACCOUNT_TAG_EFFECTS, JSONB;

    /** Whole numbers in the database and on the wire: ids, counts, cents and basis points. */
    public boolean integral() {
        return this == INT16 || this == INT32 || this == INT64 || this == MONEY_100 || this == PERCENTAGE_FIXED_POINT;
    }
}
