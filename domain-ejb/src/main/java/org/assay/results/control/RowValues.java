package org.assay.results.control;

/**
 * The values of one row of a data table, by column position in its {@link TableSchema} (stored columns as read,
 * derived ones computed from them). One array per row: streaming a million rows allocates no maps.
 */
public final class RowValues {

    private final TableSchema table;
    private final Object[] values;

    RowValues(TableSchema table, Object[] values) {
        this.table = table;
        this.values = values;
    }

    public Object get(int position) {
        return values[position];
    }

    /** By field name, for derivations (a hash lookup per call). */
    public Object get(String field) {
        return values[table.position(field)];
    }
}
