package org.assay.ingestion.control;

/**
 * A problem that makes reading the rest of the file pointless (not text, a row too long, required columns missing):
 * thrown where it is found, turned into the report's error by {@link LedgerParser}.
 */
final class IngestionFailure extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient IngestionMessage ingestionMessage;

    IngestionFailure(IngestionMessage message) {
        super(message.defaultMessage(), null, false, false);
        this.ingestionMessage = message;
    }

    IngestionMessage ingestionMessage() {
        return ingestionMessage;
    }
}
