package org.assay.results.control;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * One column of a data table: its name in queries ({@code field}), its type, the SQL expression that reads it
 * (null for a column derived from others), what it can be searched by, and how a list column tests membership.
 *
 * @param field      the name clients filter, sort and select by
 * @param type       the reference column type
 * @param sql        the SQL expression over the table's FROM clause, or null for a derived column
 * @param nullable   whether rows may have no value
 * @param searches   the operators the column accepts
 * @param filterOnly true when the column may be filtered by but not selected or sorted by
 * @param derive     computes the value from the row's stored values, or null to read {@code sql}
 * @param membership for list columns searched with {@code $contains}: the condition that a value is in the list
 */
public record TableColumn(String field, ColumnType type, String sql, boolean nullable, Set<Search> searches,
        boolean filterOnly, Function<RowValues, Object> derive, Function<String, Sql> membership) {

    public TableColumn {
        Objects.requireNonNull(field, "field");
        Objects.requireNonNull(type, "type");
        searches = searches.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(searches));
        if (sql == null && derive == null && !filterOnly) {
            throw new IllegalArgumentException(field + ": a selectable column needs SQL or a derivation");
        }
    }

    /** A column read by one SQL expression. */
    public static TableColumn stored(String field, ColumnType type, String sql, boolean nullable,
            Set<Search> searches) {
        return new TableColumn(field, type, sql, nullable, searches, false, null, null);
    }

    public boolean stored() {
        return sql != null;
    }

    public boolean allows(Search search) {
        return searches.contains(search);
    }

    /** {@code ApiDataTableColumnRead}. */
    public JsonObject toJson() {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("field", field)
                .add("originalName", field)
                .add("type", type.name())
                .add("nullable", nullable)
                .add("filterOnly", filterOnly);
        for (Search search : Search.values()) {
            json.add(search.flag(), allows(search));
        }
        return json.build();
    }
}
