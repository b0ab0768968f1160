package org.assay.sources.boundary;

/** {@code proposedColumnMappings[]}: which field a column (0-based {@code columnPosition}) holds. */
public record ProposedColumnMapping(Integer columnPosition, Integer virtualColumnIndex, String mindbridgeField,
        String additionalColumnName) {
}
