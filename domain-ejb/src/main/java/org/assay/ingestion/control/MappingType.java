package org.assay.ingestion.control;

/** How a column got its field, as in the API's {@code ApiColumnMappingRead.mappingType}. */
public enum MappingType {
    /** Proposed from the header name. */
    AUTO,
    /** Chosen by the caller. */
    MANUAL,
    /** The column is not used. */
    NOT_MAPPED
}
