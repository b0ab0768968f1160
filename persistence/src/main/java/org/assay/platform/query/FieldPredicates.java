package org.assay.platform.query;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Builds the predicate of one field term, {@code field: {operator: operand}}, against a query root. The operator
 * is already known to be allowed for the field's type; the operand is checked here (through {@link Operands}).
 * Negations ({@code $ne}, {@code $nin}, {@code $niprefix}) also match rows whose value is null.
 */
final class FieldPredicates {

    private final CriteriaBuilder cb;
    private final Root<?> root;

    FieldPredicates(CriteriaBuilder cb, Root<?> root) {
        this.cb = cb;
        this.root = root;
    }

    Predicate build(QueryField field, Operator operator, JsonValue operand, String identifier) {
        if (operator == Operator.FLAGS) {
            return flags(field, Operands.object(operand, identifier), identifier);
        }
        Path<Object> path = AttributePaths.resolve(root, field.attributePath());
        Class<?> javaType = path.getJavaType();
        return switch (operator) {
            case EQ -> field.type() == FieldType.STRING_SET
                    ? cb.isMember(Operands.string(operand, identifier), collection(path))
                    : cb.equal(path, Operands.scalar(operand, field, javaType, identifier));
            case NE -> orNull(path, cb.notEqual(path, Operands.scalar(operand, field, javaType, identifier)));
            case GT -> cb.greaterThan(comparable(path), comparable(operand, field, javaType, identifier));
            case GTE -> cb.greaterThanOrEqualTo(comparable(path), comparable(operand, field, javaType, identifier));
            case LT -> cb.lessThan(comparable(path), comparable(operand, field, javaType, identifier));
            case LTE -> cb.lessThanOrEqualTo(comparable(path), comparable(operand, field, javaType, identifier));
            case IN -> in(path, Operands.scalars(operand, field, javaType, identifier));
            case NIN -> notIn(path, Operands.scalars(operand, field, javaType, identifier));
            case CONTAINS -> containsAll(path, Operands.strings(operand, identifier));
            case ISUBSTR -> cb.like(lower(path), LikePatterns.containing(Operands.string(operand, identifier)),
                    LikePatterns.ESCAPE);
            case IPREFIX -> cb.like(lower(path), LikePatterns.startingWith(Operands.string(operand, identifier)),
                    LikePatterns.ESCAPE);
            case NIPREFIX -> orNull(path, cb.notLike(lower(path),
                    LikePatterns.startingWith(Operands.string(operand, identifier)), LikePatterns.ESCAPE));
            case FLAGS -> throw new IllegalStateException("handled above");
        };
    }

    private Predicate in(Path<Object> path, List<Object> values) {
        return values.isEmpty() ? never() : path.in(values);
    }

    private Predicate notIn(Path<Object> path, List<Object> values) {
        return values.isEmpty() ? cb.conjunction() : orNull(path, cb.not(path.in(values)));
    }

    private Predicate containsAll(Path<Object> path, List<String> values) {
        Expression<Collection<String>> collection = collection(path);
        return cb.and(values.stream().map(value -> cb.isMember(value, collection)).toArray(Predicate[]::new));
    }

    private Predicate flags(QueryField field, JsonObject requested, String identifier) {
        List<Predicate> predicates = new ArrayList<>();
        for (Map.Entry<String, JsonValue> flag : requested.entrySet()) {
            String flagIdentifier = identifier + "." + flag.getKey();
            String attributePath = field.flags().get(flag.getKey());
            if (attributePath == null) {
                throw new QueryException(flagIdentifier,
                        "unknown flag; declared flags: " + String.join(", ", field.flags().keySet()));
            }
            boolean value = Operands.bool(flag.getValue(), flagIdentifier);
            predicates.add(cb.equal(AttributePaths.resolve(root, attributePath), value));
        }
        return cb.and(predicates.toArray(Predicate[]::new));
    }

    private Predicate orNull(Path<Object> path, Predicate predicate) {
        return cb.or(cb.isNull(path), predicate);
    }

    /** A predicate no row satisfies (an empty disjunction). */
    private Predicate never() {
        return cb.disjunction();
    }

    @SuppressWarnings("unchecked")
    private Expression<String> lower(Path<Object> path) {
        return cb.lower((Expression<String>) (Expression<?>) path);
    }

    @SuppressWarnings("unchecked")
    private static Expression<Collection<String>> collection(Path<Object> path) {
        return (Expression<Collection<String>>) (Expression<?>) path;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Expression<Comparable> comparable(Path<Object> path) {
        return (Expression<Comparable>) (Expression<?>) path;
    }

    @SuppressWarnings("rawtypes")
    private static Comparable comparable(JsonValue operand, QueryField field, Class<?> javaType, String identifier) {
        return (Comparable) Operands.scalar(operand, field, javaType, identifier);
    }
}
