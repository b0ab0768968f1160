package org.assay.ingestion.control;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** The mapping of every column of one file, with the position of each field for fast lookup while parsing. */
final class ColumnMappings {

    static final int UNMAPPED = -1;

    private final List<ColumnMapping> columns;
    private final int[] positionByField = new int[GlField.values().length];

    ColumnMappings(List<ColumnMapping> columns) {
        this.columns = List.copyOf(columns);
        Arrays.fill(positionByField, UNMAPPED);
        for (ColumnMapping column : this.columns) {
            if (column.field() != null) {
                positionByField[column.field().ordinal()] = column.position();
            }
        }
    }

    /** One entry per column, in column order. */
    List<ColumnMapping> columns() {
        return columns;
    }

    /** The column holding {@code field}, or {@value #UNMAPPED}. */
    int position(GlField field) {
        return positionByField[field.ordinal()];
    }

    boolean has(GlField field) {
        return position(field) != UNMAPPED;
    }

    /** True when amounts come from one signed column; debit and credit columns win when both are mapped. */
    boolean usesSignedAmount() {
        return has(GlField.AMOUNT) && !(has(GlField.DEBIT) && has(GlField.CREDIT));
    }

    /** How messages name the required fields that no column holds; empty when the mapping is complete. */
    List<String> missingRequired() {
        List<String> missing = new ArrayList<>();
        if (!has(GlField.ACCOUNT)) {
            missing.add(GlField.ACCOUNT.label());
        }
        if (!has(GlField.EFFECTIVE_DATE)) {
            missing.add(GlField.EFFECTIVE_DATE.label());
        }
        if (!has(GlField.AMOUNT)) {
            if (has(GlField.DEBIT) && !has(GlField.CREDIT)) {
                missing.add("credit (or one signed amount column instead of debit and credit)");
            } else if (has(GlField.CREDIT) && !has(GlField.DEBIT)) {
                missing.add("debit (or one signed amount column instead of debit and credit)");
            } else if (!has(GlField.DEBIT)) {
                missing.add("debit and credit, or one signed amount");
            }
        }
        return missing;
    }
}
