package org.assay.testkit.ledger;

import java.io.IOException;
import java.io.Writer;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Writes ledger rows: comma-separated, {@code \n} line ends, RFC 4180 quotes only where a field needs them. Rows
 * collect in a buffer flushed every 64 KiB, so that any {@link Writer} is fast enough.
 */
final class CsvLineWriter {

    static final String HEADER = "transaction_id,entry_id,account,account_description,effective_date,entered_date,"
            + "debit,credit,user_id,transaction_type,memo,company_code";
    private static final int FLUSH_AT = 1 << 16;

    private final Writer out;
    private final StringBuilder buffer = new StringBuilder(FLUSH_AT + 4096);
    private final Map<Account, String> accountFields = new IdentityHashMap<>();
    private final Map<User, String> userFields = new IdentityHashMap<>();

    CsvLineWriter(Writer out) {
        this.out = out;
    }

    void header() throws IOException {
        buffer.append(HEADER).append('\n');
        flushIfFull();
    }

    void write(long transactionId, Transaction tx) throws IOException {
        String id = Long.toString(transactionId);
        // Everything after the amounts is the same on every line of the transaction.
        String dates = tx.effective() + "," + tx.entered() + ",";
        String trailer = "," + userFields.computeIfAbsent(tx.user(), user -> field(user.name())) + ","
                + tx.type() + "," + field(tx.memo()) + "," + tx.company() + "\n";
        int entry = 1;
        for (Line line : tx.lines()) {
            buffer.append(id).append(',').append(entry++).append(',')
                    .append(accountFields.computeIfAbsent(line.account(),
                            account -> account.code() + "," + field(account.description())))
                    .append(',').append(dates);
            if (line.side() == Line.Side.DEBIT) {
                appendCents(line.cents());
                buffer.append(',');
            } else {
                buffer.append(',');
                appendCents(line.cents());
            }
            buffer.append(trailer);
        }
        flushIfFull();
    }

    void flush() throws IOException {
        out.write(buffer.toString());
        buffer.setLength(0);
        out.flush();
    }

    /** A field as RFC 4180 wants it: quoted, with quotes doubled, only if it holds a comma, quote or line break. */
    static String field(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return '"' + value.replace("\"", "\"\"") + '"';
            }
        }
        return value;
    }

    private void appendCents(long cents) {
        long fraction = cents % 100;
        buffer.append(cents / 100).append('.');
        if (fraction < 10) {
            buffer.append('0');
        }
        buffer.append(fraction);
    }

    private void flushIfFull() throws IOException {
        if (buffer.length() >= FLUSH_AT) {
            out.write(buffer.toString());
            buffer.setLength(0);
        }
    }
}
