package org.assay.platform.query;

import java.util.Objects;

/**
 * A client's mistake in a filter, sort or paging parameter. {@link #identifier()} names the offending part as the
 * client wrote it: a field ({@code "name"}), a field's operator ({@code "name.$foo"}), a position in a
 * {@code $and}/{@code $or} array ({@code "$and[2]"}, {@code "$or[0].credit.$gt"}), or a parameter
 * ({@code "sort"}, {@code "page"}, {@code "size"}).
 */
public class QueryException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String identifier;
    private final String reason;

    public QueryException(String identifier, String reason) {
        super(identifier + ": " + reason);
        this.identifier = Objects.requireNonNull(identifier, "identifier");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public String identifier() {
        return identifier;
    }

    public String reason() {
        return reason;
    }
}
