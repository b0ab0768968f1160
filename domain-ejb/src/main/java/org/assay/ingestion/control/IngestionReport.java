package org.assay.ingestion.control;

import java.util.List;

/**
 * The outcome of {@link LedgerParser#parse}. With any error the file cannot be analysed as it is, and the lines the
 * sink received must be discarded.
 *
 * @param detectedFormat     the file's format, or null when it could not be read as delimited text
 * @param columnMappings     one entry per column (empty when reading stopped before the header)
 * @param dateColumns        the date pattern of each mapped date column, with the alternatives that also fitted
 * @param rowsRead           data rows read (after the header; blank lines not counted)
 * @param linesAccepted      rows that became journal lines
 * @param linesExcluded      rows that did not: a required value empty, or a value that could not be read
 * @param linesOutsidePeriod accepted lines whose effective date lies outside the analysis period
 * @param errors             problems that make the file unusable as it is
 * @param warnings           problems the analysis can live with, explained
 */
public record IngestionReport(DetectedFormat detectedFormat, List<ColumnMapping> columnMappings,
        List<DateColumnFormat> dateColumns, long rowsRead, long linesAccepted, long linesExcluded,
        long linesOutsidePeriod, List<IngestionMessage> errors, List<IngestionMessage> warnings) {

    public IngestionReport {
        columnMappings = List.copyOf(columnMappings);
        dateColumns = List.copyOf(dateColumns);
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }
}
