package org.assay.platform.query;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.assay.platform.entity.ObjectIds;

/**
 * Reads one operand of a field term: checks its JSON type and converts it to the Java value the attribute holds
 * (the right number class, LocalDate, Instant, enum constant...), or throws a {@link QueryException} that says
 * what was expected. Values are only ever handed to the CriteriaBuilder, never spliced into query text.
 */
public final class Operands {

    /** Largest number of integer or fraction digits accepted for a BigDecimal attribute. */
    private static final int MAX_DECIMAL_DIGITS = 1000;
    private static final int MAX_QUOTED = 64;

    private Operands() {
    }

    /** One value of the field's type (for STRING_SET: one element), as {@code attributeType} holds it. */
    static Object scalar(JsonValue json, QueryField field, Class<?> attributeType, String identifier) {
        return switch (field.type()) {
            case ID -> id(json, identifier);
            case STRING, STRING_SET -> string(json, identifier);
            case NUMBER -> number(json, attributeType, identifier);
            case BOOLEAN -> bool(json, identifier);
            case DATE -> date(json, identifier);
            case DATE_TIME -> dateTime(json, identifier);
            case ENUM -> enumConstant(json, field.enumType(), identifier);
            case FLAGS -> throw new IllegalStateException("FLAGS has no scalar values");
        };
    }

    /** An array (possibly empty) of values of the field's type; element errors name {@code identifier[i]}. */
    static List<Object> scalars(JsonValue json, QueryField field, Class<?> attributeType, String identifier) {
        JsonArray array = array(json, identifier);
        List<Object> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(scalar(array.get(i), field, attributeType, identifier + "[" + i + "]"));
        }
        return values;
    }

    static String string(JsonValue json, String identifier) {
        expect(json, JsonValue.ValueType.STRING, "a string", identifier);
        return ((JsonString) json).getString();
    }

    static List<String> strings(JsonValue json, String identifier) {
        JsonArray array = array(json, identifier);
        List<String> values = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            values.add(string(array.get(i), identifier + "[" + i + "]"));
        }
        return values;
    }

    static boolean bool(JsonValue json, String identifier) {
        rejectNull(json, identifier);
        if (json.getValueType() == JsonValue.ValueType.TRUE) {
            return true;
        }
        if (json.getValueType() == JsonValue.ValueType.FALSE) {
            return false;
        }
        throw new QueryException(identifier, "expected true or false, got " + describe(json));
    }

    static JsonObject object(JsonValue json, String identifier) {
        expect(json, JsonValue.ValueType.OBJECT, "an object", identifier);
        return json.asJsonObject();
    }

    /** How a JSON value is named in error messages: "a string", "an array"... */
    public static String describe(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> "a string";
            case NUMBER -> "a number";
            case TRUE, FALSE -> "a boolean";
            case OBJECT -> "an object";
            case ARRAY -> "an array";
            case NULL -> "null";
        };
    }

    /** The client's text, quoted and shortened, for error messages. */
    public static String quote(String text) {
        String shown = text.length() > MAX_QUOTED ? text.substring(0, MAX_QUOTED) + "..." : text;
        return "'" + shown + "'";
    }

    private static JsonArray array(JsonValue json, String identifier) {
        expect(json, JsonValue.ValueType.ARRAY, "an array", identifier);
        return json.asJsonArray();
    }

    private static String id(JsonValue json, String identifier) {
        String text = string(json, identifier);
        if (!ObjectIds.isValid(text)) {
            throw new QueryException(identifier,
                    quote(text) + " is not a valid id (24 lowercase hexadecimal characters)");
        }
        return text;
    }

    private static Object number(JsonValue json, Class<?> attributeType, String identifier) {
        expect(json, JsonValue.ValueType.NUMBER, "a number", identifier);
        BigDecimal value = ((JsonNumber) json).bigDecimalValue();
        Class<?> type = wrapper(attributeType);
        if (type == BigDecimal.class) {
            if (value.precision() - value.scale() > MAX_DECIMAL_DIGITS || value.scale() > MAX_DECIMAL_DIGITS) {
                throw outOfRange(value, identifier);
            }
            return value;
        }
        if (type == Double.class || type == Float.class) {
            double d = value.doubleValue();
            if (Double.isInfinite(d) || (type == Float.class && Float.isInfinite((float) d))) {
                throw outOfRange(value, identifier);
            }
            return type == Double.class ? (Object) d : (Object) (float) d;
        }
        if (type != Long.class && type != Integer.class && type != Short.class) {
            throw new IllegalStateException("NUMBER field of unsupported type " + attributeType.getName());
        }
        if (value.signum() != 0 && value.stripTrailingZeros().scale() > 0) {
            throw new QueryException(identifier, "expected a whole number, got " + value);
        }
        try {
            if (type == Long.class) {
                return value.longValueExact();
            }
            return type == Integer.class ? (Object) value.intValueExact() : (Object) value.shortValueExact();
        } catch (ArithmeticException e) {
            throw outOfRange(value, identifier);
        }
    }

    private static QueryException outOfRange(BigDecimal value, String identifier) {
        return new QueryException(identifier, quote(value.toString()) + " is out of range for this field");
    }

    private static Class<?> wrapper(Class<?> type) {
        if (!type.isPrimitive()) {
            return type;
        }
        if (type == long.class) {
            return Long.class;
        }
        if (type == int.class) {
            return Integer.class;
        }
        if (type == short.class) {
            return Short.class;
        }
        if (type == double.class) {
            return Double.class;
        }
        return type == float.class ? Float.class : type;
    }

    private static LocalDate date(JsonValue json, String identifier) {
        String text = string(json, identifier);
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException e) {
            throw new QueryException(identifier, quote(text) + " is not a valid date (expected YYYY-MM-DD)");
        }
    }

    private static Instant dateTime(JsonValue json, String identifier) {
        String text = string(json, identifier);
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeException notWithOffset) {
            try {
                return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant();
            } catch (DateTimeException notADate) {
                throw new QueryException(identifier, quote(text) + " is not a valid date-time (expected ISO-8601 "
                        + "with an offset, e.g. 2026-01-01T00:00:00Z, or a date YYYY-MM-DD)");
            }
        }
    }

    private static Object enumConstant(JsonValue json, Class<?> enumType, String identifier) {
        String text = string(json, identifier);
        Object[] constants = enumType.getEnumConstants();
        for (Object constant : constants) {
            if (((Enum<?>) constant).name().equals(text)) {
                return constant;
            }
        }
        throw new QueryException(identifier, quote(text) + " is not an allowed value; allowed: "
                + Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", ")));
    }

    private static void expect(JsonValue json, JsonValue.ValueType type, String expected, String identifier) {
        rejectNull(json, identifier);
        if (json.getValueType() != type) {
            throw new QueryException(identifier, "expected " + expected + ", got " + describe(json));
        }
    }

    private static void rejectNull(JsonValue json, String identifier) {
        if (json == null || json.getValueType() == JsonValue.ValueType.NULL) {
            throw new QueryException(identifier, "null is not supported as a value in filters");
        }
    }
}
