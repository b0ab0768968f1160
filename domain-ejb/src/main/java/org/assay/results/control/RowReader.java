package org.assay.results.control;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads rows of one analysis result's data table over JDBC: the filter, sort and page become one SQL statement
 * (with the table's key as the tie-breaker, so pages never overlap), and each row becomes a JSON object of the
 * selected columns with values as the reference types them (dates {@code YYYY-MM-DD}, cents and basis points as
 * integers, lists as arrays, absent values as null).
 */
public final class RowReader {

    private final TableSchema table;
    private final List<TableColumn> stored;
    private final int[] storedPositions;
    private final int[] derivedPositions;

    public RowReader(TableSchema table) {
        this.table = table;
        this.stored = table.columns().stream().filter(TableColumn::stored).toList();
        this.storedPositions = stored.stream().mapToInt(column -> table.position(column.field())).toArray();
        this.derivedPositions = table.columns().stream().filter(column -> column.derive() != null)
                .mapToInt(column -> table.position(column.field())).toArray();
    }

    /** The statement of one page: the query's rows in order, then {@code LIMIT} and {@code OFFSET}. */
    private Sql pageSql(String resultId, RowQuery query) {
        return select(resultId, query, " LIMIT ? OFFSET ?", query.pageSize(), query.offset());
    }

    private Sql select(String resultId, RowQuery query, String tail, Object... tailParams) {
        Sql where = Sql.and(List.of(Sql.of(table.resultSql() + " = ?", resultId),
                RowFilter.toSql(query.filter(), table)));
        StringBuilder text = new StringBuilder("SELECT ");
        for (int i = 0; i < stored.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(stored.get(i).sql());
        }
        text.append(" FROM ").append(table.from()).append(" WHERE ").append(where.text())
                .append(" ORDER BY ").append(order(query.sort(), query.descending()));
        if (query.sort() != table.key()) {
            text.append(", ").append(order(table.key(), false));
        }
        List<Object> params = new ArrayList<>(where.params());
        params.addAll(List.of(tailParams));
        return new Sql(text.append(tail).toString(), params);
    }

    /**
     * Every row the query selects (at most {@code limit}, unless null), in order, handed one by one to
     * {@code sink} as values by field; the database streams them, nothing is held. Returns how many there were.
     */
    public long stream(Connection connection, String resultId, RowQuery query, Long limit, RowSink sink)
            throws SQLException {
        Sql sql = limit == null ? select(resultId, query, "") : select(resultId, query, " LIMIT ?", limit);
        long count = 0;
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            statement.setFetchSize(1000);
            bind(statement, sql.params());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    sink.accept(values(result));
                    count++;
                }
            }
        }
        return count;
    }

    /** Receives streamed rows. */
    @FunctionalInterface
    public interface RowSink {
        void accept(RowValues values) throws SQLException;
    }

    /** One page of rows; an empty list past the last page. */
    public List<JsonObject> page(Connection connection, String resultId, RowQuery query) throws SQLException {
        Sql sql = pageSql(resultId, query);
        List<JsonObject> rows = new ArrayList<>(query.pageSize());
        try (PreparedStatement statement = connection.prepareStatement(sql.text())) {
            bind(statement, sql.params());
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(toJson(values(result), query.columns()));
                }
            }
        }
        return rows;
    }

    private static String order(TableColumn column, boolean descending) {
        return column.sql() + (descending ? " DESC NULLS LAST" : " ASC NULLS FIRST");
    }

    static void bind(PreparedStatement statement, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            statement.setObject(i + 1, params.get(i));
        }
    }

    /** The row's stored values, then its derived ones, by column position. */
    private RowValues values(ResultSet result) throws SQLException {
        Object[] values = new Object[table.columns().size()];
        RowValues row = new RowValues(table, values);
        for (int i = 0; i < stored.size(); i++) {
            values[storedPositions[i]] = result.getObject(i + 1);
        }
        for (int position : derivedPositions) {
            values[position] = table.columns().get(position).derive().apply(row);
        }
        return row;
    }

    private JsonObject toJson(RowValues values, List<TableColumn> columns) {
        JsonObjectBuilder row = Json.createObjectBuilder();
        for (TableColumn column : columns) {
            Object value = values.get(table.position(column.field()));
            if (value == null) {
                row.addNull(column.field());
                continue;
            }
            switch (column.type()) {
                case DATE -> row.add(column.field(), LocalDate.ofEpochDay(((Number) value).longValue()).toString());
                case BOOLEAN -> row.add(column.field(), (Boolean) value);
                case ARRAY_STRINGS -> {
                    JsonArrayBuilder list = Json.createArrayBuilder();
                    ((List<?>) value).forEach(item -> list.add(item.toString()));
                    row.add(column.field(), list);
                }
                default -> {
                    if (column.type().integral()) {
                        row.add(column.field(), ((Number) value).longValue());
                    } else {
                        row.add(column.field(), value.toString());
                    }
                }
            }
        }
        return row.build();
    }
}
