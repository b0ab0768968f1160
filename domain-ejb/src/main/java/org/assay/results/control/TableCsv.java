package org.assay.results.control;

import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assay.platform.control.CsvFormat;
import org.assay.platform.control.CsvWriter;

/**
 * Writes streamed data-table rows as CSV with a header row of the columns' fields, values as auditors and the
 * reference expect them: ids, cents and basis points as plain integers, dates {@code YYYY-MM-DD}, booleans
 * {@code true}/{@code false}, an absent value as an empty cell, a list as its items quoted and delimited inside
 * one cell ({@code '1000';'2000'} by default).
 */
public final class TableCsv implements RowReader.RowSink {

    private final CsvWriter csv;
    private final List<TableColumn> columns;
    private final int[] positions;
    private final CsvFormat innerList;
    private final List<Object> cells;

    public TableCsv(Writer out, TableSchema table, List<TableColumn> columns, CsvFormat format, CsvFormat innerList) {
        this.csv = new CsvWriter(out, format);
        this.columns = List.copyOf(columns);
        this.positions = columns.stream().mapToInt(column -> table.position(column.field())).toArray();
        this.innerList = innerList;
        this.cells = new ArrayList<>(columns.size());
    }

    public void header() {
        csv.row(columns.stream().map(TableColumn::field).toList());
    }

    @Override
    public void accept(RowValues values) {
        cells.clear();
        for (int i = 0; i < positions.length; i++) {
            cells.add(cell(columns.get(i), values.get(positions[i])));
        }
        csv.row(cells);
    }

    private Object cell(TableColumn column, Object value) {
        if (value == null) {
            return null;
        }
        return switch (column.type()) {
            case DATE -> LocalDate.ofEpochDay(((Number) value).longValue()).toString();
            case BOOLEAN -> value.toString();
            case ARRAY_STRINGS -> list((List<?>) value);
            default -> column.type().integral() ? (Object) ((Number) value).longValue() : value.toString();
        };
    }

    private String list(List<?> items) {
        StringBuilder cell = new StringBuilder();
        for (Object item : items) {
            if (cell.length() > 0) {
                cell.append(innerList.delimiter());
            }
            String text = item.toString();
            cell.append(innerList.quote());
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == innerList.quote() || c == innerList.quoteEscape()) {
                    cell.append(innerList.quoteEscape());
                }
                cell.append(c);
            }
            cell.append(innerList.quote());
        }
        return cell.toString();
    }
}
