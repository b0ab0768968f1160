package org.assay.results.control;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A fragment of SQL with its bind parameters in order. Client values only ever travel as parameters; the text is
 * assembled from column expressions the schema defines.
 */
public record Sql(String text, List<Object> params) {

    public static final Sql TRUE = new Sql("1 = 1", List.of());

    public Sql {
        params = List.copyOf(params);
    }

    public static Sql of(String text, Object... params) {
        return new Sql(text, List.of(params));
    }

    public static Sql and(Collection<Sql> parts) {
        return join(parts, " AND ", TRUE);
    }

    public static Sql or(Collection<Sql> parts) {
        return join(parts, " OR ", Sql.of("1 = 0"));
    }

    public Sql not() {
        return new Sql("NOT (" + text + ")", params);
    }

    private static Sql join(Collection<Sql> parts, String operator, Sql empty) {
        if (parts.isEmpty()) {
            return empty;
        }
        if (parts.size() == 1) {
            return parts.iterator().next();
        }
        StringBuilder text = new StringBuilder("(");
        List<Object> params = new ArrayList<>();
        for (Sql part : parts) {
            if (text.length() > 1) {
                text.append(operator);
            }
            text.append('(').append(part.text).append(')');
            params.addAll(part.params);
        }
        return new Sql(text.append(')').toString(), params);
    }
}
