/**
 * General-ledger ingestion core: detects a delimited file's format, proposes column mappings, parses and validates
 * every journal line and streams it to a caller-supplied sink, and reports what it found as MindBridge-style
 * messages ({@code code}, {@code defaultMessage}). Plain Java with no JPA, EJB or CDI, and memory independent of
 * the number of rows: transaction balancing and anything else that needs all lines belongs to the caller (SQL).
 * The entry point is {@link org.assay.ingestion.control.LedgerParser}.
 */
package org.assay.ingestion.control;
