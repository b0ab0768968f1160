package org.assay.platform.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One field a resource lets callers filter (and maybe sort) on.
 *
 * @param name          the name clients use in filters and sort parameters
 * @param attributePath the entity attribute, dotted for embeddables ({@code "createdUserInfo.userId"});
 *                      {@code null} for {@link FieldType#FLAGS}, whose attributes are in {@code flags}
 * @param type          what the field holds, which decides the operators it allows
 * @param enumType      the enum class for {@link FieldType#ENUM}, else {@code null}
 * @param flags         for {@link FieldType#FLAGS}: flag name to boolean attribute path (in declaration order);
 *                      empty for every other type
 */
public record QueryField(String name, String attributePath, FieldType type, Class<?> enumType,
                         Map<String, String> flags) {

    public QueryField {
        requireText(name, "name");
        Objects.requireNonNull(type, "type");
        if (type == FieldType.FLAGS) {
            if (attributePath != null) {
                throw new IllegalArgumentException(name + ": a FLAGS field has no attribute path of its own");
            }
            if (flags == null || flags.isEmpty()) {
                throw new IllegalArgumentException(name + ": a FLAGS field needs at least one flag");
            }
            flags.forEach((flag, path) -> {
                requireText(flag, name + " flag name");
                requireText(path, name + "." + flag + " attribute path");
            });
            flags = Collections.unmodifiableMap(new LinkedHashMap<>(flags));
        } else {
            requireText(attributePath, name + " attribute path");
            if (flags != null && !flags.isEmpty()) {
                throw new IllegalArgumentException(name + ": only a FLAGS field has flags");
            }
            flags = Map.of();
        }
        if ((type == FieldType.ENUM) != (enumType != null)) {
            throw new IllegalArgumentException(name + ": an enum type is required for ENUM fields and only for them");
        }
        if (enumType != null && !enumType.isEnum()) {
            throw new IllegalArgumentException(name + ": " + enumType.getName() + " is not an enum");
        }
    }

    /** Whether results can be ordered by this field: every field but STRING_SET and FLAGS. */
    public boolean sortable() {
        return type.sortable();
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
    }
}
