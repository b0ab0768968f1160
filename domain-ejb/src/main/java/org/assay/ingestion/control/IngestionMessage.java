package org.assay.ingestion.control;

import java.util.Objects;

/**
 * One error or warning, as the API's {@code ApiMessageRead {code, defaultMessage}} plus how many rows (or values)
 * it concerns.
 *
 * @param code           what kind of problem
 * @param defaultMessage a sentence a person can act on, with counts and examples citing line numbers
 * @param count          rows or values concerned; 1 for problems with the file as a whole
 */
public record IngestionMessage(IngestionCode code, String defaultMessage, long count) {

    public IngestionMessage {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(defaultMessage, "defaultMessage");
    }

    /** The wire form of the code. */
    public String codeName() {
        return code.name();
    }

    public boolean isError() {
        return code.isError();
    }
}
