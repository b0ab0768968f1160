package org.assay.catalogue.control;

import java.util.List;

/**
 * {@code ApiColumnDefinitionRead}: one column an analysis source type understands, named by its MindBridge field.
 *
 * @param alternativeMappings fields that, when all are mapped, satisfy {@code required} instead of this one (the
 *                            signed {@code amount} or both {@code debit} and {@code credit})
 * @param defaultValue        what a blank value becomes when blanks are not allowed; may be null
 */
public record ColumnDefinition(String mindbridgeFieldName, String mindbridgeFieldNameForNonMacGroupings, Type type,
        boolean required, boolean requiredForNonMacGroupings, boolean allowBlanks, List<String> alternativeMappings,
        String defaultValue) {

    /** The kind of data a column accepts. */
    public enum Type {
        TEXT, NUMBER, DATE, UNKNOWN, FLOAT64
    }

    public ColumnDefinition {
        alternativeMappings = alternativeMappings == null ? List.of() : List.copyOf(alternativeMappings);
    }
}
