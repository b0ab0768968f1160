package org.assay.ingestion.control;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What to ingest against.
 *
 * @param periodStart    first day of the analysis period, or null (with {@code periodEnd}) for no period check
 * @param periodEnd      last day of the analysis period, inclusive
 * @param columnMappings the caller's column mappings, overriding proposals from the header
 * @param dateFormats    column position → the date pattern to use, resolving an ambiguous date column
 * @param limits         memory and reporting bounds
 */
public record IngestionRequest(LocalDate periodStart, LocalDate periodEnd, List<ExplicitMapping> columnMappings,
        Map<Integer, DatePattern> dateFormats, IngestionLimits limits) {

    public IngestionRequest {
        if ((periodStart == null) != (periodEnd == null)) {
            throw new IllegalArgumentException("Give both ends of the analysis period, or neither");
        }
        if (periodStart != null && periodStart.isAfter(periodEnd)) {
            throw new IllegalArgumentException("The analysis period starts after it ends");
        }
        columnMappings = columnMappings == null ? List.of() : List.copyOf(columnMappings);
        dateFormats = dateFormats == null ? Map.of() : Map.copyOf(dateFormats);
        limits = limits == null ? IngestionLimits.defaults() : limits;
    }

    /** Default limits, no explicit mappings. */
    public static IngestionRequest forPeriod(LocalDate periodStart, LocalDate periodEnd) {
        return new IngestionRequest(periodStart, periodEnd, List.of(), Map.of(), IngestionLimits.defaults());
    }

    public IngestionRequest withColumnMappings(List<ExplicitMapping> mappings) {
        return new IngestionRequest(periodStart, periodEnd, mappings, dateFormats, limits);
    }

    public IngestionRequest withDateFormats(Map<Integer, DatePattern> formats) {
        return new IngestionRequest(periodStart, periodEnd, columnMappings, formats, limits);
    }

    public IngestionRequest withLimits(IngestionLimits newLimits) {
        return new IngestionRequest(periodStart, periodEnd, columnMappings, dateFormats, newLimits);
    }

    boolean hasPeriod() {
        return periodStart != null;
    }
}
