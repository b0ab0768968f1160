package org.assay.platform.web;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;

/**
 * Binds a JSON object to a record, collecting every mistake with the path of the property it concerns.
 * <ul>
 * <li>a property that is not a component of the record is refused, except the read-only properties of every read
 * model ({@link #READ_ONLY}), which the reference says are ignored in request bodies;</li>
 * <li>absent and {@code null} are the same: the component gets {@code null} (request records use boxed types);</li>
 * <li>date-times need an offset, dates are {@code YYYY-MM-DD}, enums are their exact constant names.</li>
 * </ul>
 */
public final class RecordBinder {

    /** Read-only properties that clients may echo back from a read; ignored wherever the model lacks them. */
    static final Set<String> READ_ONLY = Set.of("id", "version", "creationDate", "lastModifiedDate",
            "createdUserInfo", "lastModifiedUserInfo");

    private final List<Problem> problems = new ArrayList<>();

    private RecordBinder() {
    }

    public static <T> T bind(JsonObject json, Class<T> recordType) {
        RecordBinder binder = new RecordBinder();
        T result = binder.record(json, recordType, "");
        if (!binder.problems.isEmpty()) {
            throw new InvalidInputException(binder.problems);
        }
        return result;
    }

    private <T> T record(JsonObject json, Class<T> type, String prefix) {
        RecordComponent[] components = type.getRecordComponents();
        Set<String> known = new LinkedHashSet<>();
        Arrays.stream(components).forEach(c -> known.add(c.getName()));
        for (String property : json.keySet()) {
            if (!known.contains(property) && !READ_ONLY.contains(property)) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, prefix + property,
                        "unknown property; allowed: " + String.join(", ", known)));
            }
        }
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            types[i] = component.getType();
            JsonValue value = json.get(component.getName());
            values[i] = value == null || value.getValueType() == JsonValue.ValueType.NULL
                    ? defaultOf(component.getType())
                    : convert(value, component.getGenericType(), prefix + component.getName());
        }
        if (!problems.isEmpty()) {
            return null;
        }
        try {
            Constructor<T> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(values);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Request record " + type.getName() + " cannot be constructed", e);
        }
    }

    private Object convert(JsonValue value, Type type, String path) {
        Class<?> raw = rawClass(type);
        if (raw == JsonValue.class || raw == Object.class) {
            return value;
        }
        if (raw == JsonObject.class) {
            return value instanceof JsonObject ? value : wrongType(value, path, "an object");
        }
        if (raw == String.class) {
            return value instanceof JsonString s ? s.getString() : wrongType(value, path, "a string");
        }
        if (raw == Boolean.class || raw == boolean.class) {
            return switch (value.getValueType()) {
                case TRUE -> Boolean.TRUE;
                case FALSE -> Boolean.FALSE;
                default -> wrongType(value, path, "true or false");
            };
        }
        if (raw == Long.class || raw == long.class || raw == Integer.class || raw == int.class) {
            return wholeNumber(value, path, raw == Integer.class || raw == int.class);
        }
        if (raw == Double.class || raw == double.class || raw == BigDecimal.class) {
            if (!(value instanceof JsonNumber n)) {
                return wrongType(value, path, "a number");
            }
            return raw == BigDecimal.class ? n.bigDecimalValue() : (Object) n.doubleValue();
        }
        if (raw.isEnum()) {
            return enumConstant(value, raw, path);
        }
        if (raw == OffsetDateTime.class) {
            return parsed(value, path, "an ISO-8601 date-time with an offset, e.g. 2026-12-31T23:59:59Z",
                    OffsetDateTime::parse);
        }
        if (raw == LocalDate.class) {
            return parsed(value, path, "a date as YYYY-MM-DD", LocalDate::parse);
        }
        if (raw == List.class || raw == Set.class) {
            return collection(value, type, path, raw == Set.class);
        }
        if (raw == Map.class) {
            return map(value, type, path);
        }
        if (raw.isRecord()) {
            return value instanceof JsonObject o ? record(o, raw, path + ".") : wrongType(value, path, "an object");
        }
        throw new IllegalStateException("No JSON binding for " + type + " at " + path);
    }

    private Object wholeNumber(JsonValue value, String path, boolean isInt) {
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            return wrongType(value, path, "a whole number");
        }
        try {
            long number = n.longValueExact();
            if (isInt && (number > Integer.MAX_VALUE || number < Integer.MIN_VALUE)) {
                return wrongType(value, path, "a whole number within ±2147483647");
            }
            return isInt ? (Object) (int) number : (Object) number;
        } catch (ArithmeticException e) {
            return wrongType(value, path, "a whole number within 64 bits");
        }
    }

    private Object enumConstant(JsonValue value, Class<?> enumType, String path) {
        List<String> allowed = Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (value instanceof JsonString s && allowed.contains(s.getString())) {
            return enumType.getEnumConstants()[allowed.indexOf(s.getString())];
        }
        problems.add(Problem.error(ProblemType.INCORRECT_DATA_TYPE, path,
                "must be one of " + String.join(", ", allowed) + ", got " + StrictJsonReader.describe(value))
                .withSuggestedValues(allowed));
        return null;
    }

    private interface Parser {
        Object parse(String text);
    }

    private Object parsed(JsonValue value, String path, String expected, Parser parser) {
        if (value instanceof JsonString s) {
            try {
                return parser.parse(s.getString());
            } catch (DateTimeParseException e) {
                // fall through to the problem below
            }
        }
        return wrongType(value, path, expected);
    }

    private Object collection(JsonValue value, Type type, String path, boolean asSet) {
        if (!(value instanceof JsonArray array)) {
            return wrongType(value, path, "an array");
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[0];
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            String itemPath = path + "[" + i + "]";
            items.add(item.getValueType() == JsonValue.ValueType.NULL
                    ? wrongType(item, itemPath, "a value") : convert(item, element, itemPath));
        }
        return asSet ? new LinkedHashSet<>(items) : items;
    }

    private Object map(JsonValue value, Type type, String path) {
        if (!(value instanceof JsonObject object)) {
            return wrongType(value, path, "an object");
        }
        Type element = ((ParameterizedType) type).getActualTypeArguments()[1];
        Map<String, Object> result = new LinkedHashMap<>();
        object.forEach((key, item) -> result.put(key, convert(item, element, path + "." + key)));
        return result;
    }

    private Object wrongType(JsonValue value, String path, String expected) {
        problems.add(Problem.error(ProblemType.INCORRECT_DATA_TYPE, path,
                "must be " + expected + ", got " + StrictJsonReader.describe(value)));
        return null;
    }

    private static Object defaultOf(Class<?> type) {
        if (!type.isPrimitive()) {
            return null;
        }
        return type == boolean.class ? Boolean.FALSE : type == long.class ? (Object) 0L
                : type == int.class ? (Object) 0 : (Object) 0.0d;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return (Class<?>) p.getRawType();
        }
        throw new IllegalStateException("Unsupported type " + type);
    }
}
