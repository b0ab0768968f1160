package org.assay.ingestion.control;

import java.util.Objects;

/**
 * Which field one column holds ({@code ApiColumnMappingRead {position, field, mindbridgeField, mappingType}}).
 *
 * @param position    0-based column position
 * @param columnName  the header text
 * @param field       the field, or null when the column is not mapped
 * @param mappingType how the mapping was made
 */
public record ColumnMapping(int position, String columnName, GlField field, MappingType mappingType) {

    public ColumnMapping {
        Objects.requireNonNull(columnName, "columnName");
        Objects.requireNonNull(mappingType, "mappingType");
        if ((field == null) != (mappingType == MappingType.NOT_MAPPED)) {
            throw new IllegalArgumentException("A column has a field exactly when it is mapped");
        }
    }

    /** The MindBridge field name, or null when not mapped. */
    public String mindbridgeField() {
        return field == null ? null : field.mindbridgeField();
    }
}
