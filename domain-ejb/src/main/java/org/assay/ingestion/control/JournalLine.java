package org.assay.ingestion.control;

/**
 * One journal line in the canonical model (analytics §5.1). Money is in cents; a signed amount becomes a debit
 * when positive and a credit when negative. Optional text fields are null when the column is absent or empty.
 *
 * @param rowId              1-based ordinal of the data row in the file (blank lines not counted)
 * @param transactionId      the transaction (journal entry) the line belongs to; derived as {@code row-<rowId>}
 *                           when the file has no transaction id column
 * @param entryNo            the line's number within its transaction: the entry-id column when it holds a
 *                           whole number, else the line's position within consecutive lines of its transaction
 * @param account            account id
 * @param accountDescription account description, or null
 * @param effectiveDay       effective date, days since 1970-01-01
 * @param enteredDay         entered date, days since 1970-01-01, or -1 when absent
 * @param user               who entered the line, or null
 * @param source             source / transaction type, or null
 * @param memo               line description, or null
 * @param companyCode        company code, or null
 * @param debitCents         debit, never negative
 * @param creditCents        credit, never negative
 */
public record JournalLine(long rowId, String transactionId, int entryNo, String account, String accountDescription,
        int effectiveDay, int enteredDay, String user, String source, String memo, String companyCode,
        long debitCents, long creditCents) {

    /** Marks an absent entered date. */
    public static final int NO_DATE = -1;

    /** Debit minus credit. */
    public long amountCents() {
        return debitCents - creditCents;
    }
}
