package org.assay.platform.query;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Turns an MQL filter document into a JPA Criteria {@link Predicate}. It walks the document (field terms,
 * {@code $and}/{@code $or}, implicit AND of keys and of operators) and leaves each term to {@link FieldPredicates}.
 * Every client mistake becomes a {@link QueryException} whose identifier is the JSON path of the offending part.
 */
public final class FilterTranslator {

    /** The deepest allowed nesting of {@code $and}/{@code $or}. */
    public static final int MAX_DEPTH = 16;

    private static final String AND = "$and";
    private static final String OR = "$or";

    private final QueryFields fields;
    private final CriteriaBuilder cb;
    private final FieldPredicates terms;

    private FilterTranslator(QueryFields fields, CriteriaBuilder cb, Root<?> root) {
        this.fields = fields;
        this.cb = cb;
        this.terms = new FieldPredicates(cb, root);
    }

    /**
     * The predicate the filter describes, built on {@code root}; a null or empty filter matches everything.
     *
     * @throws QueryException if the filter is not valid MQL for these fields
     */
    public static Predicate toPredicate(JsonObject filter, QueryFields fields, CriteriaBuilder cb, Root<?> root) {
        FilterTranslator translator = new FilterTranslator(fields, cb, root);
        return translator.filter(filter == null ? JsonValue.EMPTY_JSON_OBJECT : filter, "", 0);
    }

    private Predicate filter(JsonObject filter, String prefix, int depth) {
        List<Predicate> predicates = new ArrayList<>(filter.size());
        for (Map.Entry<String, JsonValue> entry : filter.entrySet()) {
            String key = entry.getKey();
            String identifier = prefix.isEmpty() ? key : prefix + "." + key;
            if (key.equals(AND) || key.equals(OR)) {
                predicates.add(junction(key, entry.getValue(), identifier, depth + 1));
            } else if (key.startsWith("$")) {
                throw new QueryException(identifier,
                        "unknown operator " + key + "; allowed here: $and, $or or a field");
            } else {
                predicates.add(field(key, entry.getValue(), identifier));
            }
        }
        return all(predicates);
    }

    private Predicate junction(String operator, JsonValue operand, String identifier, int depth) {
        if (depth > MAX_DEPTH) {
            throw new QueryException(identifier, "filter nested too deeply: at most " + MAX_DEPTH
                    + " levels of $and/$or");
        }
        if (operand.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new QueryException(identifier, "expected an array of filter objects, got "
                    + Operands.describe(operand));
        }
        JsonArray items = operand.asJsonArray();
        if (items.isEmpty()) {
            throw new QueryException(identifier, "expected a non-empty array of filter objects, got an empty one");
        }
        List<Predicate> predicates = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String itemIdentifier = identifier + "[" + i + "]";
            JsonValue item = items.get(i);
            if (item.getValueType() != JsonValue.ValueType.OBJECT) {
                throw new QueryException(itemIdentifier, "expected a filter object, got " + Operands.describe(item));
            }
            predicates.add(filter(item.asJsonObject(), itemIdentifier, depth));
        }
        Predicate[] array = predicates.toArray(Predicate[]::new);
        return operator.equals(AND) ? cb.and(array) : cb.or(array);
    }

    private Predicate field(String name, JsonValue term, String identifier) {
        QueryField field = fields.find(name).orElseThrow(() -> new QueryException(identifier,
                "unknown field; allowed fields: " + String.join(", ", fields.names())));
        if (term.getValueType() != JsonValue.ValueType.OBJECT) {
            // The shortcut {"field": value} means {"field": {"$eq": value}}.
            if (!field.type().allows(Operator.EQ)) {
                throw new QueryException(identifier, "a field of type " + field.type() + " needs an operator; allowed: "
                        + field.type().allowedTokens());
            }
            return terms.build(field, Operator.EQ, term, identifier);
        }
        JsonObject operators = term.asJsonObject();
        if (operators.isEmpty()) {
            throw new QueryException(identifier, "no operator given; allowed for " + field.type() + ": "
                    + field.type().allowedTokens());
        }
        List<Predicate> predicates = new ArrayList<>(operators.size());
        for (Map.Entry<String, JsonValue> entry : operators.entrySet()) {
            String operatorIdentifier = identifier + "." + entry.getKey();
            Operator operator = operator(field, entry.getKey(), operatorIdentifier);
            predicates.add(terms.build(field, operator, entry.getValue(), operatorIdentifier));
        }
        return all(predicates);
    }

    private Predicate all(List<Predicate> predicates) {
        if (predicates.isEmpty()) {
            return cb.conjunction();
        }
        return predicates.size() == 1 ? predicates.get(0) : cb.and(predicates.toArray(Predicate[]::new));
    }

    private static Operator operator(QueryField field, String token, String identifier) {
        FieldType type = field.type();
        Optional<Operator> operator = Operator.fromToken(token);
        if (operator.isEmpty()) {
            String problem = token.startsWith("$")
                    ? "unknown operator " + token
                    : "expected an operator, got " + Operands.quote(token);
            throw new QueryException(identifier, problem + "; allowed for " + type + ": " + type.allowedTokens());
        }
        if (!type.allows(operator.get())) {
            throw new QueryException(identifier, "operator " + token + " does not apply to a field of type " + type
                    + "; allowed: " + type.allowedTokens());
        }
        return operator.get();
    }
}
