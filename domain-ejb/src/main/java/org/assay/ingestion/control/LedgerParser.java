package org.assay.ingestion.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a general-ledger file: detects its format, maps its columns, and streams every accepted journal line to a
 * {@link JournalLineSink} in file order, then reports counts, mappings and messages. Memory does not grow with the
 * number of rows. Stateless: one instance may parse many files, also concurrently.
 *
 * <p>Reading stops at the first problem that makes the rest pointless (not text, a row too long, a required column
 * missing). Problems found row by row (unreadable amounts or dates) are counted to the end of the file, but once one
 * is found no further lines reach the sink: the report then has errors and the caller must discard what it got.
 */
public final class LedgerParser {

    private final ColumnMapper columnMapper = new ColumnMapper();
    private final DateFormatDetector dateFormatDetector = new DateFormatDetector();

    /**
     * @param in      the file's content (already decrypted), read to its end; any stream works, it is not closed
     * @param request the analysis period, explicit mappings and limits
     * @param sink    receives the accepted lines
     * @return what was found; {@link IngestionReport#hasErrors()} tells whether the file can be analysed
     * @throws IOException  when reading the stream fails, or the sink throws it
     * @throws SQLException when the sink throws it
     */
    public IngestionReport parse(InputStream in, IngestionRequest request, JournalLineSink sink)
            throws IOException, SQLException {
        Run run = new Run(request);
        try {
            run.read(in, sink);
        } catch (IngestionFailure failure) {
            run.errors.add(failure.ingestionMessage());
        }
        return run.report();
    }

    /** The state of one parse. */
    private final class Run {

        private final IngestionRequest request;
        private final IngestionLimits limits;
        private final Findings findings;
        private final List<IngestionMessage> errors = new ArrayList<>();
        private final List<IngestionMessage> warnings = new ArrayList<>();
        private final List<DateColumnFormat> dateColumns = new ArrayList<>();

        private DetectedFormat format;
        private ColumnMappings columns;
        private LineConverter converter;
        private long rowsRead;
        private long linesAccepted;
        private long linesInPeriod;
        private int firstDay = Integer.MAX_VALUE;
        private int lastDay = Integer.MIN_VALUE;

        Run(IngestionRequest request) {
            this.request = request;
            this.limits = request.limits();
            this.findings = new Findings(limits.maxExamples());
        }

        void read(InputStream in, JournalLineSink sink) throws IngestionFailure, IOException, SQLException {
            InputSample sample = InputSample.read(in, limits.sampleBytes());
            FormatDetector.Detection detection = new FormatDetector(limits)
                    .analyse(sample.bytes(), sample.length(), sample.wholeFile());
            format = detection.format();
            RecordReader rows = new RecordReader(
                    new InputStreamReader(sample.replayFrom(format.byteOrderMarkLength()), format.charset()),
                    format.delimiter(), limits);
            List<String> header = readHeader(rows);
            mapColumns(header);
            DateColumnFormat effective = dateColumn(GlField.EFFECTIVE_DATE, detection.dataRows());
            DateColumnFormat entered = dateColumn(GlField.ENTERED_DATE, detection.dataRows());
            converter = new LineConverter(columns, effective.selected(), entered == null ? null : entered.selected(),
                    findings);
            rows.retain(mappedColumns(header.size()));
            readLines(rows, header.size(), sink);
        }

        private List<String> readHeader(RecordReader rows) throws IngestionFailure, IOException {
            for (int skipped = 0; skipped <= format.headerRowIndex(); skipped++) {
                if (!rows.next()) {
                    throw new IngestionFailure(IngestionMessages.emptyFile());
                }
            }
            if (rows.lineNumber() > 1) {
                warnings.add(IngestionMessages.headerNotFirst(rows.lineNumber()));
            }
            return rows.values();
        }

        private void mapColumns(List<String> header) throws IngestionFailure {
            columns = columnMapper.map(header, request.columnMappings(), warnings::add);
            List<String> missing = columns.missingRequired();
            if (!missing.isEmpty()) {
                throw new IngestionFailure(IngestionMessages.missingColumns(missing, header, format.delimiter()));
            }
            if (!columns.has(GlField.TRANSACTION_ID)) {
                warnings.add(IngestionMessages.transactionIdDerived());
            }
        }

        /** The column's date pattern: the caller's choice, else detected from the sampled rows. Null if unmapped. */
        private DateColumnFormat dateColumn(GlField field, List<List<String>> sampleRows) {
            int position = columns.position(field);
            if (position == ColumnMappings.UNMAPPED) {
                return null;
            }
            List<String> values = sampleRows.stream().map(row -> position < row.size() ? row.get(position) : "")
                    .toList();
            DateColumnFormat detected = dateFormatDetector.detect(position, values);
            DatePattern chosen = request.dateFormats().get(position);
            if (chosen != null) {
                detected = detected.withSelected(chosen);
            } else if (detected.ambiguous()) {
                warnings.add(IngestionMessages.ambiguousDate(columns.columns().get(position).columnName(), detected));
            }
            dateColumns.add(detected);
            return detected;
        }

        private boolean[] mappedColumns(int columnCount) {
            boolean[] mapped = new boolean[columnCount];
            columns.columns().stream().filter(column -> column.field() != null)
                    .forEach(column -> mapped[column.position()] = true);
            return mapped;
        }

        private void readLines(RecordReader rows, int columnCount, JournalLineSink sink)
                throws IngestionFailure, IOException, SQLException {
            Findings.Tally ragged = findings.of(IngestionCode.INCONSISTENT_COLUMN_COUNT);
            Findings.Tally outsidePeriod = findings.of(IngestionCode.DATE_OUTSIDE_PERIOD);
            int periodStart = request.hasPeriod() ? (int) request.periodStart().toEpochDay() : Integer.MIN_VALUE;
            int periodEnd = request.hasPeriod() ? (int) request.periodEnd().toEpochDay() : Integer.MAX_VALUE;
            while (rows.next()) {
                rowsRead++;
                if (rows.fieldCount() != columnCount) {
                    ragged.add(ragged.wantsExample()
                            ? "line " + rows.lineNumber() + " has " + rows.fieldCount() : null);
                }
                JournalLine line = converter.convert(rows, rowsRead);
                if (line == null) {
                    continue;
                }
                linesAccepted++;
                int day = line.effectiveDay();
                firstDay = Math.min(firstDay, day);
                lastDay = Math.max(lastDay, day);
                if (day >= periodStart && day <= periodEnd) {
                    linesInPeriod++;
                } else {
                    outsidePeriod.add(outsidePeriod.wantsExample()
                            ? "line " + rows.lineNumber() + " " + LocalDate.ofEpochDay(day) : null);
                }
                if (!findings.anyError()) {
                    sink.accept(line);
                }
            }
        }

        IngestionReport report() {
            if (converter != null) {
                addRowMessages();
            }
            return new IngestionReport(format, columns == null ? List.of() : columns.columns(), dateColumns,
                    rowsRead, linesAccepted, rowsRead - linesAccepted, linesAccepted - linesInPeriod, errors,
                    warnings);
        }

        private void addRowMessages() {
            boolean stoppedEarly = !errors.isEmpty();
            for (Findings.Tally tally : findings.nonEmpty()) {
                IngestionMessage message = switch (tally.code()) {
                    case NON_NUMERIC_AMOUNT -> IngestionMessages.nonNumericAmounts(tally);
                    case UNPARSEABLE_DATE -> IngestionMessages.unparseableDates(tally);
                    case AMOUNTS_ROUNDED -> IngestionMessages.roundedAmounts(tally);
                    case NEGATIVE_DEBIT_CREDIT -> IngestionMessages.negativeDebitsCredits(tally);
                    case INCONSISTENT_COLUMN_COUNT -> IngestionMessages.inconsistentColumnCount(tally,
                            columns.columns().size());
                    case LINES_EXCLUDED -> IngestionMessages.excludedLines(tally, converter);
                    case DATE_OUTSIDE_PERIOD -> IngestionMessages.datesOutsidePeriod(tally, request.periodStart(),
                            request.periodEnd());
                    default -> throw new IllegalStateException("No wording for " + tally.code());
                };
                (message.isError() ? errors : warnings).add(message);
            }
            if (stoppedEarly) {
                return;
            }
            if (rowsRead == 0) {
                errors.add(IngestionMessages.noDataRows());
            } else if (linesAccepted == 0 && errors.isEmpty()) {
                errors.add(IngestionMessages.noUsableLines(rowsRead));
            } else if (linesAccepted > 0 && linesInPeriod == 0) {
                errors.add(IngestionMessages.noLinesInPeriod(linesAccepted, request.periodStart(),
                        request.periodEnd(), LocalDate.ofEpochDay(firstDay), LocalDate.ofEpochDay(lastDay)));
            }
        }
    }
}
