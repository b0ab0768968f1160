package org.assay.ingestion.control;

import static org.assay.ingestion.control.ColumnMappings.UNMAPPED;

/**
 * Turns one row into a {@link JournalLine} following the column mappings, or into findings: a required value
 * that is empty excludes the line ({@link IngestionCode#LINES_EXCLUDED}); an amount or date that cannot be read
 * is an error, because it means the file is malformed. Holds no per-transaction state beyond the previous line.
 */
final class LineConverter {

    /** The fields whose empty value excludes a line, in the order messages list them ("amount" covers debit and
     * credit). */
    static final GlField[] REQUIRED = {GlField.TRANSACTION_ID, GlField.ACCOUNT, GlField.EFFECTIVE_DATE, GlField.AMOUNT};

    private static final int EMPTY_DATE = Integer.MIN_VALUE + 1;
    private static final int MAX_ENTRY_DIGITS = 9;
    private static final int MAX_EXAMPLE_CHARS = 40;

    private enum Amounts { READ, EMPTY, UNREADABLE }

    private final ColumnMappings columns;
    private final boolean signedAmount;
    private final DatePattern effectivePattern;
    private final DatePattern enteredPattern;
    private final long[] missingByField = new long[GlField.values().length];
    private final Findings.Tally excluded;
    private final Findings.Tally unparseableDates;
    private final Findings.Tally nonNumericAmounts;
    private final Findings.Tally roundedAmounts;
    private final Findings.Tally negativeAmounts;

    private RecordReader row;
    private long debitCents;
    private long creditCents;
    private String previousTransactionId;
    private int positionInTransaction;

    /**
     * @param enteredPattern the entered-date column's pattern, or null when that column is not mapped
     */
    LineConverter(ColumnMappings columns, DatePattern effectivePattern, DatePattern enteredPattern,
            Findings findings) {
        this.columns = columns;
        this.signedAmount = columns.usesSignedAmount();
        this.effectivePattern = effectivePattern;
        this.enteredPattern = enteredPattern;
        this.excluded = findings.of(IngestionCode.LINES_EXCLUDED);
        this.unparseableDates = findings.of(IngestionCode.UNPARSEABLE_DATE);
        this.nonNumericAmounts = findings.of(IngestionCode.NON_NUMERIC_AMOUNT);
        this.roundedAmounts = findings.of(IngestionCode.AMOUNTS_ROUNDED);
        this.negativeAmounts = findings.of(IngestionCode.NEGATIVE_DEBIT_CREDIT);
    }

    /** The current row of {@code reader} as a line, or null when it is excluded (the reason goes to the findings). */
    JournalLine convert(RecordReader reader, long rowId) {
        this.row = reader;
        String transactionId = columns.has(GlField.TRANSACTION_ID) ? text(GlField.TRANSACTION_ID) : "row-" + rowId;
        String account = text(GlField.ACCOUNT);
        int effectiveDay = date(GlField.EFFECTIVE_DATE, effectivePattern);
        int enteredDay = columns.has(GlField.ENTERED_DATE) ? date(GlField.ENTERED_DATE, enteredPattern) : EMPTY_DATE;
        Amounts amounts = signedAmount ? readSignedAmount() : readDebitAndCredit();

        boolean unreadable = effectiveDay == DatePattern.UNPARSEABLE || enteredDay == DatePattern.UNPARSEABLE
                || amounts == Amounts.UNREADABLE;
        boolean missing = excludeIfMissing(transactionId.isEmpty(), account.isEmpty(), effectiveDay == EMPTY_DATE,
                amounts == Amounts.EMPTY);
        if (unreadable || missing) {
            return null;
        }
        return new JournalLine(rowId, transactionId, entryNo(transactionId), account,
                optional(GlField.ACCOUNT_DESCRIPTION), effectiveDay,
                enteredDay == EMPTY_DATE ? JournalLine.NO_DATE : enteredDay, optional(GlField.USER),
                optional(GlField.SOURCE), optional(GlField.DESCRIPTION), optional(GlField.COMPANY_CODE),
                debitCents, creditCents);
    }

    /** How many excluded lines lacked {@code field} (one of {@link #REQUIRED}); a line may lack several. */
    long missing(GlField field) {
        return missingByField[field.ordinal()];
    }

    /** Records an exclusion when any required value is empty; true when the line is excluded. */
    private boolean excludeIfMissing(boolean... missingRequired) {
        boolean any = false;
        for (boolean missing : missingRequired) {
            any |= missing;
        }
        if (!any) {
            return false;
        }
        StringBuilder reasons = new StringBuilder();
        for (int i = 0; i < REQUIRED.length; i++) {
            if (missingRequired[i]) {
                missingByField[REQUIRED[i].ordinal()]++;
                reasons.append(reasons.length() == 0 ? "no " : ", no ")
                        .append(REQUIRED[i] == GlField.AMOUNT ? "amount" : REQUIRED[i].label());
            }
        }
        excluded.add(excluded.wantsExample() ? "line " + row.lineNumber() + " (" + reasons + ")" : null);
        return true;
    }

    /**
     * The entry-id column when it holds a whole number, else the line's position among consecutive lines of its
     * transaction (ledger exports keep a transaction's lines together).
     */
    private int entryNo(String transactionId) {
        if (!transactionId.equals(previousTransactionId)) {
            previousTransactionId = transactionId;
            positionInTransaction = 0;
        }
        positionInTransaction++;
        String entry = text(GlField.ENTRY_ID);
        if (entry.isEmpty() || entry.length() > MAX_ENTRY_DIGITS || !entry.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return positionInTransaction;
        }
        return Integer.parseInt(entry);
    }

    private String text(GlField field) {
        int position = columns.position(field);
        return position == UNMAPPED ? "" : row.value(position);
    }

    private String optional(GlField field) {
        String text = text(field);
        return text.isEmpty() ? null : text;
    }

    /** Epoch day, {@link #EMPTY_DATE}, or {@link DatePattern#UNPARSEABLE} (recorded). */
    private int date(GlField field, DatePattern pattern) {
        String text = text(field);
        if (text.isEmpty()) {
            return EMPTY_DATE;
        }
        int day = pattern.parseEpochDay(text);
        if (day == DatePattern.UNPARSEABLE) {
            unparseableDates.add(unparseableDates.wantsExample()
                    ? example(field, text) + " is not " + pattern.pattern() : null);
        }
        return day;
    }

    private Amounts readSignedAmount() {
        String text = text(GlField.AMOUNT);
        if (text.isEmpty()) {
            return Amounts.EMPTY;
        }
        long cents = cents(GlField.AMOUNT, text);
        if (cents == AmountParser.NOT_A_NUMBER) {
            return Amounts.UNREADABLE;
        }
        return setNet(cents);
    }

    /** An empty debit or credit is zero, but not both; a negative one is moved to the other side, and noted. */
    private Amounts readDebitAndCredit() {
        String debitText = text(GlField.DEBIT);
        String creditText = text(GlField.CREDIT);
        if (debitText.isEmpty() && creditText.isEmpty()) {
            return Amounts.EMPTY;
        }
        long debit = debitText.isEmpty() ? 0 : cents(GlField.DEBIT, debitText);
        long credit = creditText.isEmpty() ? 0 : cents(GlField.CREDIT, creditText);
        if (debit == AmountParser.NOT_A_NUMBER || credit == AmountParser.NOT_A_NUMBER) {
            return Amounts.UNREADABLE;
        }
        if (debit >= 0 && credit >= 0) {
            debitCents = debit;
            creditCents = credit;
            return Amounts.READ;
        }
        negativeAmounts.add(negativeAmounts.wantsExample()
                ? debit < 0 ? example(GlField.DEBIT, debitText) : example(GlField.CREDIT, creditText)
                : null);
        return setNet(debit - credit);
    }

    private Amounts setNet(long cents) {
        debitCents = Math.max(cents, 0);
        creditCents = Math.max(-cents, 0);
        return Amounts.READ;
    }

    /** Cents, or {@link AmountParser#NOT_A_NUMBER} (recorded); sub-cent precision is recorded as rounded. */
    private long cents(GlField field, String text) {
        long cents = AmountParser.parseCents(text);
        if (cents == AmountParser.NOT_A_NUMBER) {
            nonNumericAmounts.add(nonNumericAmounts.wantsExample() ? example(field, text) : null);
        } else if (AmountParser.isRounded(text)) {
            roundedAmounts.add(roundedAmounts.wantsExample() ? example(field, text) : null);
        }
        return cents;
    }

    private String example(GlField field, String text) {
        String column = columns.columns().get(columns.position(field)).columnName();
        String value = text.length() > MAX_EXAMPLE_CHARS ? text.substring(0, MAX_EXAMPLE_CHARS) + "…" : text;
        return "line " + row.lineNumber() + " " + column + " '" + value + "'";
    }
}
