package org.assay.results.control;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.assay.platform.query.FilterTranslator;
import org.assay.platform.query.LikePatterns;
import org.assay.platform.query.Operands;
import org.assay.platform.query.QueryException;

/**
 * Turns an MQL document (api-reference.md §4.5) into an SQL condition over a data table's columns: field terms
 * with their operators, implicit AND of keys and of operators, {@code $and}/{@code $or}, and the top-level
 * {@code $keyword_prefix}/{@code $keyword_prefix_not}. A column accepts only the operators its capability flags
 * announce. Every client mistake becomes a {@link QueryException} naming the offending part by its JSON path.
 */
public final class RowFilter {

    private static final String AND = "$and";
    private static final String OR = "$or";
    private static final String KEYWORD_PREFIX = "$keyword_prefix";
    private static final String KEYWORD_PREFIX_NOT = "$keyword_prefix_not";

    private final TableSchema table;

    private RowFilter(TableSchema table) {
        this.table = table;
    }

    /** The condition the filter describes; a null or empty filter matches every row. */
    public static Sql toSql(JsonObject filter, TableSchema table) {
        return new RowFilter(table).filter(filter == null ? JsonValue.EMPTY_JSON_OBJECT : filter, "", 0);
    }

    private Sql filter(JsonObject filter, String prefix, int depth) {
        List<Sql> parts = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : filter.entrySet()) {
            String key = entry.getKey();
            String identifier = prefix.isEmpty() ? key : prefix + "." + key;
            switch (key) {
                case AND, OR -> parts.add(junction(key, entry.getValue(), identifier, depth + 1));
                case KEYWORD_PREFIX -> parts.add(keyword(entry.getValue(), identifier));
                case KEYWORD_PREFIX_NOT -> parts.add(keyword(entry.getValue(), identifier).not());
                case "$population", "$not_population" -> throw new QueryException(identifier,
                        "populations are not available in Assay; filter by the table's columns instead");
                default -> {
                    if (key.startsWith("$")) {
                        throw new QueryException(identifier, "unknown operator " + key + "; allowed here: $and, $or, "
                                + "$keyword_prefix, $keyword_prefix_not or a column of " + table.logicalName());
                    }
                    parts.add(field(key, entry.getValue(), identifier));
                }
            }
        }
        return Sql.and(parts);
    }

    private Sql junction(String operator, JsonValue operand, String identifier, int depth) {
        if (depth > FilterTranslator.MAX_DEPTH) {
            throw new QueryException(identifier, "filter nested too deeply: at most " + FilterTranslator.MAX_DEPTH
                    + " levels of $and/$or");
        }
        JsonArray items = array(operand, identifier, "an array of filter objects");
        if (items.isEmpty()) {
            throw new QueryException(identifier, "expected a non-empty array of filter objects, got an empty one");
        }
        List<Sql> parts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            String itemIdentifier = identifier + "[" + i + "]";
            JsonValue item = items.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new QueryException(itemIdentifier, "expected a filter object, got " + Operands.describe(item));
            }
            parts.add(filter(item.asJsonObject(), itemIdentifier, depth));
        }
        return operator.equals(AND) ? Sql.and(parts) : Sql.or(parts);
    }

    private Sql keyword(JsonValue operand, String identifier) {
        String prefix = text(operand, identifier);
        if (prefix.isBlank()) {
            throw new QueryException(identifier, "expected a non-blank word prefix");
        }
        String atStart = LikePatterns.startingWith(prefix.trim());
        String afterSpace = "% " + atStart;
        List<Sql> matches = new ArrayList<>();
        for (String source : table.keywordSources()) {
            matches.add(Sql.of("LOWER(" + source + ") LIKE ? ESCAPE '\\'", atStart));
            matches.add(Sql.of("LOWER(" + source + ") LIKE ? ESCAPE '\\'", afterSpace));
        }
        return Sql.or(matches);
    }

    private Sql field(String field, JsonValue term, String identifier) {
        TableColumn column = table.column(field).orElseThrow(() -> new QueryException(identifier,
                "unknown column " + Operands.quote(field) + " of " + table.logicalName()));
        if (term.getValueType() != JsonValue.ValueType.OBJECT) {
            return compare(column, "$eq", term, identifier);
        }
        JsonObject operators = term.asJsonObject();
        if (operators.isEmpty()) {
            throw new QueryException(identifier, "expected at least one operator, e.g. {\"$eq\": ...}");
        }
        List<Sql> parts = new ArrayList<>();
        for (Map.Entry<String, JsonValue> entry : operators.entrySet()) {
            parts.add(compare(column, entry.getKey(), entry.getValue(), identifier + "." + entry.getKey()));
        }
        return Sql.and(parts);
    }

    private Sql compare(TableColumn column, String operator, JsonValue operand, String identifier) {
        Search search = searchOf(operator).orElseThrow(() -> new QueryException(identifier,
                "unknown operator " + operator + " for column " + column.field()));
        if (!column.allows(search)) {
            throw new QueryException(identifier, "column " + column.field() + " (" + column.type()
                    + ") cannot be searched with " + operator + "; it allows " + allowed(column));
        }
        String sql = column.sql();
        return switch (operator) {
            case "$eq" -> operand.getValueType() == JsonValue.ValueType.NULL ? Sql.of(sql + " IS NULL")
                    : Sql.of(sql + " = ?", value(column, operand, identifier));
            case "$ne" -> operand.getValueType() == JsonValue.ValueType.NULL ? Sql.of(sql + " IS NOT NULL")
                    : Sql.of("(" + sql + " <> ? OR " + sql + " IS NULL)", value(column, operand, identifier));
            case "$gt" -> Sql.of(sql + " > ?", value(column, operand, identifier));
            case "$gte" -> Sql.of(sql + " >= ?", value(column, operand, identifier));
            case "$lt" -> Sql.of(sql + " < ?", value(column, operand, identifier));
            case "$lte" -> Sql.of(sql + " <= ?", value(column, operand, identifier));
            case "$between" -> between(column, operand, identifier);
            case "$nbetween" -> between(column, operand, identifier).not();
            case "$in" -> in(column, operand, identifier);
            case "$nin" -> in(column, operand, identifier).not();
            case "$contains" -> contains(column, operand, identifier);
            case "$ncontains" -> contains(column, operand, identifier).not();
            case "$isubstr" -> like(sql, LikePatterns.containing(text(operand, identifier)));
            case "$iprefix" -> like(sql, LikePatterns.startingWith(text(operand, identifier)));
            case "$niprefix" -> Sql.or(List.of(Sql.of(sql + " IS NULL"),
                    like(sql, LikePatterns.startingWith(text(operand, identifier))).not()));
            default -> throw new IllegalStateException(operator);
        };
    }

    private static Optional<Search> searchOf(String operator) {
        for (Search search : Search.values()) {
            if (search.operators().contains(operator)) {
                return Optional.of(search);
            }
        }
        return Optional.empty();
    }

    private static String allowed(TableColumn column) {
        List<String> operators = new ArrayList<>();
        for (Search search : Search.values()) {
            if (column.allows(search)) {
                operators.addAll(search.operators());
            }
        }
        return operators.isEmpty() ? "no operators" : String.join(", ", operators);
    }

    private static Sql like(String sql, String pattern) {
        return Sql.of("LOWER(" + sql + ") LIKE ? ESCAPE '\\'", pattern);
    }

    private Sql between(TableColumn column, JsonValue operand, String identifier) {
        JsonArray bounds = array(operand, identifier, "an array [low, high]");
        if (bounds.size() != 2) {
            throw new QueryException(identifier, "expected an array of two bounds [low, high], got " + bounds.size()
                    + " element(s)");
        }
        return Sql.of(column.sql() + " BETWEEN ? AND ?", value(column, bounds.get(0), identifier + "[0]"),
                value(column, bounds.get(1), identifier + "[1]"));
    }

    private Sql in(TableColumn column, JsonValue operand, String identifier) {
        JsonArray values = array(operand, identifier, "an array of values");
        if (values.isEmpty()) {
            throw new QueryException(identifier, "expected a non-empty array of values");
        }
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            params.add(value(column, values.get(i), identifier + "[" + i + "]"));
        }
        return new Sql(column.sql() + " IN (" + String.join(", ", Collections.nCopies(params.size(), "?"))
                + ")", params);
    }

    private Sql contains(TableColumn column, JsonValue operand, String identifier) {
        JsonArray values = array(operand, identifier, "an array of strings");
        if (values.isEmpty()) {
            throw new QueryException(identifier, "expected a non-empty array of strings");
        }
        List<Sql> parts = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            String itemIdentifier = identifier + "[" + i + "]";
            String member = text(values.get(i), itemIdentifier);
            try {
                parts.add(column.membership().apply(member));
            } catch (IllegalArgumentException e) {
                throw new QueryException(itemIdentifier, e.getMessage());
            }
        }
        return Sql.and(parts);
    }

    /** The operand as the column's SQL type: a long for numbers, an epoch day for dates, a string or a boolean. */
    private static Object value(TableColumn column, JsonValue operand, String identifier) {
        return switch (column.type()) {
            case DATE -> epochDay(operand, identifier);
            case BOOLEAN -> {
                if (operand.getValueType() != JsonValue.ValueType.TRUE
                        && operand.getValueType() != JsonValue.ValueType.FALSE) {
                    throw new QueryException(identifier, "expected true or false, got " + Operands.describe(operand));
                }
                yield operand.getValueType() == JsonValue.ValueType.TRUE;
            }
            case STRING -> operand.getValueType() == JsonValue.ValueType.NUMBER ? operand.toString()
                    : text(operand, identifier);
            default -> wholeNumber(column, operand, identifier);
        };
    }

    private static long wholeNumber(TableColumn column, JsonValue operand, String identifier) {
        if (operand.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new QueryException(identifier, "expected a whole number for " + column.field() + " ("
                    + column.type() + "), got " + Operands.describe(operand));
        }
        JsonNumber number = (JsonNumber) operand;
        if (!number.isIntegral()) {
            throw new QueryException(identifier, "expected a whole number for " + column.field() + " ("
                    + column.type() + (column.type() == ColumnType.MONEY_100 ? ", in cents" : "")
                    + (column.type() == ColumnType.PERCENTAGE_FIXED_POINT ? ", 0-10000 = 0-100.00 %" : "")
                    + "), got " + number);
        }
        try {
            return number.bigDecimalValue().longValueExact();
        } catch (ArithmeticException e) {
            throw new QueryException(identifier, "number out of range: " + number);
        }
    }

    private static int epochDay(JsonValue operand, String identifier) {
        String text = text(operand, identifier);
        try {
            // A date-time is accepted for its date part, as partner scripts sometimes send one.
            String date = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
            return Math.toIntExact(LocalDate.parse(date).toEpochDay());
        } catch (DateTimeParseException e) {
            throw new QueryException(identifier, "expected a date YYYY-MM-DD, got " + Operands.quote(text));
        }
    }

    private static String text(JsonValue operand, String identifier) {
        if (operand.getValueType() != JsonValue.ValueType.STRING) {
            throw new QueryException(identifier, "expected a string, got " + Operands.describe(operand));
        }
        return ((JsonString) operand).getString();
    }

    private static JsonArray array(JsonValue operand, String identifier, String expected) {
        if (operand.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new QueryException(identifier, "expected " + expected + ", got " + Operands.describe(operand));
        }
        return operand.asJsonArray();
    }
}
