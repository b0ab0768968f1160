package org.assay.catalogue.control;

/** The import steps an analysis source type goes through ({@code features} of {@code ApiAnalysisSourceTypeRead}). */
public enum SourceTypeFeature {
    FORMAT_DETECTION,
    DATA_VALIDATION,
    COLUMN_MAPPING,
    EFFECTIVE_DATE_METRICS,
    TRANSACTION_ID_SELECTION,
    PARSE,
    CONFIRM_SETTINGS,
    REVIEW_FUNDS
}
