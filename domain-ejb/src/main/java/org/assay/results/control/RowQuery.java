package org.assay.results.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.assay.platform.query.Operands;
import org.assay.platform.query.QueryException;

/**
 * A page of rows asked of a data table ({@code ApiDataTableQueryRead}): the MQL filter, the zero-based page and
 * its size (1–100, in the body), one sort column and direction, and the columns to return.
 *
 * @param filter     the MQL document
 * @param page       zero-based page number
 * @param pageSize   rows per page
 * @param sort       the column to sort by (the table's key when the client names none)
 * @param descending whether the sort is descending
 * @param columns    the columns to return, in the table's order
 */
public record RowQuery(JsonObject filter, int page, int pageSize, TableColumn sort, boolean descending,
        List<TableColumn> columns) {

    public static final int MAX_PAGE_SIZE = 100;

    private static final Set<String> PROPERTIES = Set.of("query", "page", "pageSize", "sort", "fields",
            "excludeFields");

    public RowQuery {
        columns = List.copyOf(columns);
    }

    /**
     * Reads the request body against the table's columns.
     *
     * @throws QueryException naming the property (e.g. {@code sort.field}, {@code fields[2]}) that is wrong
     */
    public static RowQuery parse(JsonObject body, TableSchema table) {
        allowOnly(body, PROPERTIES);
        int page = whole(body, "page", 0, 0, Integer.MAX_VALUE);
        int pageSize = whole(body, "pageSize", MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);
        return of(body, table, page, pageSize);
    }

    /** Refuses a property the body may not have, naming it and the allowed ones. */
    static void allowOnly(JsonObject body, Set<String> allowed) {
        for (String property : body.keySet()) {
            if (!allowed.contains(property)) {
                throw new QueryException(property, "unknown property; allowed: " + String.join(", ",
                        new TreeSet<>(allowed)));
            }
        }
    }

    /** The sort and columns of a body, shared by row reads and exports. */
    static RowQuery of(JsonObject body, TableSchema table, int page, int pageSize) {
        JsonObject filter = object(body, "query");
        JsonObject sort = object(body, "sort");
        TableColumn sortColumn = sort == null ? table.key() : sortColumn(sort, table);
        boolean descending = sort != null && direction(sort);
        Set<TableColumn> selected = new LinkedHashSet<>(body.containsKey("fields") && !isNull(body, "fields")
                ? named(body, "fields", table) : table.selectableColumns());
        if (body.containsKey("excludeFields") && !isNull(body, "excludeFields")) {
            named(body, "excludeFields", table).forEach(selected::remove);
        }
        List<TableColumn> columns = body.containsKey("fields") && !isNull(body, "fields")
                ? List.copyOf(selected) : table.selectableColumns().stream().filter(selected::contains).toList();
        return new RowQuery(filter == null ? JsonValue.EMPTY_JSON_OBJECT : filter, page, pageSize, sortColumn,
                descending, columns);
    }

    /** Rows to skip before this page. */
    public long offset() {
        return (long) page * pageSize;
    }

    static TableColumn sortColumn(JsonObject sort, TableSchema table) {
        for (String property : sort.keySet()) {
            if (!property.equals("field") && !property.equals("direction")) {
                throw new QueryException("sort." + property, "unknown property; allowed: field, direction");
            }
        }
        JsonValue field = sort.get("field");
        if (field == null || field.getValueType() != JsonValue.ValueType.STRING) {
            throw new QueryException("sort.field", "expected the name of a sortable column");
        }
        String name = ((JsonString) field).getString();
        TableColumn column = table.column(name).orElseThrow(() -> new QueryException("sort.field",
                "unknown column " + Operands.quote(name) + " of " + table.logicalName()));
        if (!column.allows(Search.SORT) || column.filterOnly()) {
            throw new QueryException("sort.field", "column " + name + " cannot be sorted by");
        }
        return column;
    }

    static boolean direction(JsonObject sort) {
        JsonValue direction = sort.get("direction");
        if (direction == null || direction.getValueType() == JsonValue.ValueType.NULL) {
            return false;
        }
        String text = direction.getValueType() == JsonValue.ValueType.STRING
                ? ((JsonString) direction).getString().toUpperCase(Locale.ROOT) : "";
        return switch (text) {
            case "ASC" -> false;
            case "DESC" -> true;
            default -> throw new QueryException("sort.direction", "expected ASC or DESC, got "
                    + (text.isEmpty() ? Operands.describe(direction) : Operands.quote(text)));
        };
    }

    static List<TableColumn> named(JsonObject body, String property, TableSchema table) {
        JsonValue value = body.get(property);
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new QueryException(property, "expected an array of column names, got " + Operands.describe(value));
        }
        JsonArray names = value.asJsonArray();
        List<TableColumn> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String identifier = property + "[" + i + "]";
            if (names.get(i).getValueType() != JsonValue.ValueType.STRING) {
                throw new QueryException(identifier, "expected a column name, got " + Operands.describe(names.get(i)));
            }
            String name = names.getString(i);
            TableColumn column = table.column(name).orElseThrow(() -> new QueryException(identifier,
                    "unknown column " + Operands.quote(name) + " of " + table.logicalName()));
            if (column.filterOnly()) {
                throw new QueryException(identifier, "column " + name + " can only be filtered by, not selected");
            }
            columns.add(column);
        }
        return columns;
    }

    static JsonObject object(JsonObject body, String property) {
        if (!body.containsKey(property) || isNull(body, property)) {
            return null;
        }
        JsonValue value = body.get(property);
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new QueryException(property, "expected an object, got " + Operands.describe(value));
        }
        return value.asJsonObject();
    }

    static int whole(JsonObject body, String property, int absent, int min, int max) {
        if (!body.containsKey(property) || isNull(body, property)) {
            return absent;
        }
        JsonValue value = body.get(property);
        if (value.getValueType() != JsonValue.ValueType.NUMBER || !((JsonNumber) value).isIntegral()) {
            throw new QueryException(property, "expected a whole number from " + min + " to " + max + ", got "
                    + (value.getValueType() == JsonValue.ValueType.NUMBER ? value.toString()
                            : Operands.describe(value)));
        }
        long number = ((JsonNumber) value).bigDecimalValue().longValue();
        if (number < min || number > max) {
            throw new QueryException(property, "expected a whole number from " + min + " to " + max + ", got "
                    + number);
        }
        return (int) number;
    }

    static boolean isNull(JsonObject body, String property) {
        return body.get(property).getValueType() == JsonValue.ValueType.NULL;
    }
}
