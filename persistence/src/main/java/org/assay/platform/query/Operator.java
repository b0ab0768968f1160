package org.assay.platform.query;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The field-level MQL operators, by the token a client writes; {@link FieldType} has the table of which apply. */
enum Operator {
    EQ("$eq"),
    NE("$ne"),
    GT("$gt"),
    GTE("$gte"),
    LT("$lt"),
    LTE("$lte"),
    IN("$in"),
    NIN("$nin"),
    CONTAINS("$contains"),
    FLAGS("$flags"),
    ISUBSTR("$isubstr"),
    IPREFIX("$iprefix"),
    NIPREFIX("$niprefix");

    private static final Map<String, Operator> BY_TOKEN =
            Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(Operator::token, Function.identity()));

    private final String token;

    Operator(String token) {
        this.token = token;
    }

    String token() {
        return token;
    }

    static Optional<Operator> fromToken(String token) {
        return Optional.ofNullable(BY_TOKEN.get(token));
    }
}
