package org.assay.platform.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One sort key: an API field name (see {@link QueryFields}) and a direction.
 *
 * @param field     the field name as the client wrote it
 * @param ascending {@code true} for ascending order
 */
public record SortOrder(String field, boolean ascending) {

    private static final String SORT = "sort";

    public SortOrder {
        Objects.requireNonNull(field, "field");
    }

    /**
     * Parses Spring-style sort parameters: each repeated {@code ?sort=} value is one element, {@code "name"},
     * {@code "name,asc"} or {@code "name,desc"} (direction case-insensitive). Blank elements are ignored, as
     * Spring does; a null list means no sort.
     *
     * @throws QueryException ("sort") for an unknown or unsortable field or a bad direction
     */
    public static List<SortOrder> parse(List<String> sortParams, QueryFields fields) {
        if (sortParams == null) {
            return List.of();
        }
        List<SortOrder> orders = new ArrayList<>(sortParams.size());
        for (String param : sortParams) {
            if (param != null && !param.isBlank()) {
                orders.add(parseOne(param, fields));
            }
        }
        return List.copyOf(orders);
    }

    private static SortOrder parseOne(String param, QueryFields fields) {
        String[] parts = param.split(",", -1);
        if (parts.length > 2) {
            throw new QueryException(SORT, Operands.quote(param) + " is not of the form field or field,asc|desc");
        }
        String field = parts[0].trim();
        boolean ascending = parts.length == 1 || direction(parts[1].trim(), param);
        checkSortable(field, fields);
        return new SortOrder(field, ascending);
    }

    private static boolean direction(String direction, String param) {
        if (direction.equalsIgnoreCase("asc")) {
            return true;
        }
        if (direction.equalsIgnoreCase("desc")) {
            return false;
        }
        throw new QueryException(SORT, "bad direction " + Operands.quote(direction) + " in " + Operands.quote(param)
                + "; expected asc or desc");
    }

    /** The field this order names, if it exists and is sortable. */
    static QueryField checkSortable(String field, QueryFields fields) {
        QueryField found = fields.find(field).orElseThrow(() -> new QueryException(SORT,
                "unknown field " + Operands.quote(field) + "; sortable fields: " + sortableNames(fields)));
        if (!found.sortable()) {
            throw new QueryException(SORT, "cannot sort by " + Operands.quote(field) + " (a " + found.type()
                    + " field); sortable fields: " + sortableNames(fields));
        }
        return found;
    }

    private static String sortableNames(QueryFields fields) {
        return String.join(", ", fields.names().stream()
                .filter(name -> fields.find(name).orElseThrow().sortable()).toList());
    }
}
