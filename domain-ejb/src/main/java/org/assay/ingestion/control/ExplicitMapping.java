package org.assay.ingestion.control;

/**
 * A mapping chosen by the caller, as in the API's {@code proposedColumnMappings {columnPosition, mindbridgeField}}.
 *
 * @param columnPosition  0-based column position
 * @param mindbridgeField the MindBridge field name (e.g. {@code account_id}); null or blank leaves the column unmapped
 */
public record ExplicitMapping(int columnPosition, String mindbridgeField) {

    public static ExplicitMapping of(int columnPosition, GlField field) {
        return new ExplicitMapping(columnPosition, field == null ? null : field.mindbridgeField());
    }

    boolean unmapsColumn() {
        return mindbridgeField == null || mindbridgeField.isBlank();
    }
}
