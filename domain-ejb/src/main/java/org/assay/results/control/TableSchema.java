package org.assay.results.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The shape of one kind of data table: where its rows are ({@code from}, restricted to one analysis result by
 * {@code resultSql = ?}), its key (the default sort, and the tie-breaker that keeps pages stable), its columns,
 * and the text expressions that {@code $keyword_prefix} searches.
 */
public final class TableSchema {

    private final String logicalName;
    private final String from;
    private final String resultSql;
    private final String keyField;
    private final Map<String, TableColumn> columns = new LinkedHashMap<>();
    private final Map<String, Integer> positions = new HashMap<>();
    private final List<String> keywordSources;

    TableSchema(String logicalName, String from, String resultSql, String keyField, List<TableColumn> columns,
            List<String> keywordSources) {
        this.logicalName = logicalName;
        this.from = from;
        this.resultSql = resultSql;
        this.keyField = keyField;
        columns.forEach(column -> {
            positions.put(column.field(), this.columns.size());
            this.columns.put(column.field(), column);
        });
        this.keywordSources = List.copyOf(keywordSources);
        if (!this.columns.containsKey(keyField)) {
            throw new IllegalArgumentException(logicalName + " has no key column " + keyField);
        }
    }

    public String logicalName() {
        return logicalName;
    }

    public String from() {
        return from;
    }

    public String resultSql() {
        return resultSql;
    }

    public TableColumn key() {
        return columns.get(keyField);
    }

    public Optional<TableColumn> column(String field) {
        return Optional.ofNullable(columns.get(field));
    }

    /** The column's index in {@link #columns()}, which is also its place in a row's {@link RowValues}. */
    public int position(String field) {
        Integer position = positions.get(field);
        if (position == null) {
            throw new IllegalArgumentException(logicalName + " has no column " + field);
        }
        return position;
    }

    public List<TableColumn> columns() {
        return List.copyOf(columns.values());
    }

    /** What a client gets when it names no fields: every column that is not filter-only. */
    public List<TableColumn> selectableColumns() {
        return columns.values().stream().filter(column -> !column.filterOnly()).toList();
    }

    public List<String> keywordSources() {
        return keywordSources;
    }

    /** The columns as stored with a data table and served as {@code columns[]}. */
    public String columnsJson() {
        JsonArrayBuilder array = Json.createArrayBuilder();
        columns.values().forEach(column -> array.add(column.toJson()));
        return array.build().toString();
    }
}
