package org.assay.platform.query;

import static org.assay.platform.query.Operator.CONTAINS;
import static org.assay.platform.query.Operator.EQ;
import static org.assay.platform.query.Operator.GT;
import static org.assay.platform.query.Operator.GTE;
import static org.assay.platform.query.Operator.IN;
import static org.assay.platform.query.Operator.IPREFIX;
import static org.assay.platform.query.Operator.ISUBSTR;
import static org.assay.platform.query.Operator.LT;
import static org.assay.platform.query.Operator.LTE;
import static org.assay.platform.query.Operator.NE;
import static org.assay.platform.query.Operator.NIN;
import static org.assay.platform.query.Operator.NIPREFIX;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What kind of value a filterable field holds. Each constant carries the one table of the MQL operators it allows
 * and whether results can be sorted by it (collection-like types cannot).
 */
public enum FieldType {
    /** A String attribute holding a 24-hex id; operands must have the id shape. */
    ID(true, EQ, NE, IN, NIN, GT, GTE, LT, LTE),
    STRING(true, EQ, NE, IN, NIN, GT, GTE, LT, LTE, ISUBSTR, IPREFIX, NIPREFIX),
    /** An int, long, short, float or double attribute (or a wrapper of one), or a BigDecimal. */
    NUMBER(true, EQ, NE, IN, NIN, GT, GTE, LT, LTE),
    BOOLEAN(true, EQ, NE),
    /** A LocalDate attribute; operands "YYYY-MM-DD". */
    DATE(true, EQ, NE, IN, NIN, GT, GTE, LT, LTE),
    /** An Instant attribute; operands ISO-8601 with offset, or "YYYY-MM-DD" for the start of that day in UTC. */
    DATE_TIME(true, EQ, NE, IN, NIN, GT, GTE, LT, LTE),
    /** A Java enum attribute; operands are constant names. */
    ENUM(true, EQ, NE, IN, NIN),
    /** An element collection of strings; {@code $eq} means "contains this value". */
    STRING_SET(false, EQ, CONTAINS),
    /** A group of boolean attributes, matched by name with {@code $flags}. */
    FLAGS(false, Operator.FLAGS);

    private final boolean sortable;
    private final Set<Operator> operators;

    FieldType(boolean sortable, Operator first, Operator... rest) {
        this.sortable = sortable;
        this.operators = Collections.unmodifiableSet(EnumSet.of(first, rest));
    }

    boolean sortable() {
        return sortable;
    }

    boolean allows(Operator operator) {
        return operators.contains(operator);
    }

    /** The allowed operator tokens, for error messages, e.g. "$eq, $ne". */
    String allowedTokens() {
        return operators.stream().map(Operator::token).collect(Collectors.joining(", "));
    }
}
