package org.assay.ingestion.control;

import java.io.IOException;
import java.sql.SQLException;

/**
 * Receives the lines {@link LedgerParser} accepts, in file order. Its exceptions abort parsing and reach the
 * parser's caller unchanged.
 */
@FunctionalInterface
public interface JournalLineSink {

    void accept(JournalLine line) throws IOException, SQLException;
}
