package org.assay.results.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.IntFunction;
import org.assay.platform.control.BatchedInsert;
import org.assay.results.entity.ResultTransactionRow;
import org.assay.scoring.control.ControlPoint;
import org.assay.scoring.control.Ledger;
import org.assay.scoring.control.ScoreSheet;

/**
 * Writes one analysis result's scored lines ({@code result_line}) and transactions ({@code result_tx}) in committed
 * batches. Row ids and transaction ids are the ledger's indexes plus one. A transaction's date, entered date, user
 * and source are those of most of its lines (the first line's on a tie); its monetary value is the larger of its
 * debit and credit totals.
 */
public final class ResultWriter {

    private static final String CP_COLUMNS = String.join(", ",
            Arrays.stream(ControlPoint.values()).map(cp -> "cp_" + cp.id()).toList());
    private static final String CP_PARAMS = String.join(", ",
            Arrays.stream(ControlPoint.values()).map(cp -> "?").toList());

    static final String INSERT_LINE = "insert into result_line (resultId, rowid, txid, sourceId, sourceRowId, risk, "
            + "riskLevel, " + CP_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, " + CP_PARAMS + ")";
    static final String INSERT_TX = "insert into result_tx (resultId, txid, transactionName, effectiveDay, "
            + "enteredDay, entriesCount, debitCents, creditCents, monetaryValueCents, accounts, userName, sourceCode, "
            + "unknownFlow, risk, riskLevel, " + CP_COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
            + CP_PARAMS + ")";

    private final Connection connection;
    private final String resultId;
    private final int batchSize;
    private final Runnable afterBatch;

    /** @param connection a connection outside any JTA transaction */
    public ResultWriter(Connection connection, String resultId, int batchSize, Runnable afterBatch) {
        this.connection = connection;
        this.resultId = resultId;
        this.batchSize = batchSize;
        this.afterBatch = afterBatch;
    }

    /** Writes every line; {@code level} names the risk level of a risk. */
    public long writeLines(Ledger ledger, ScoreSheet sheet, LineOrigins origins, IntFunction<String> level)
            throws SQLException {
        try (BatchedInsert rows = new BatchedInsert(connection, INSERT_LINE, batchSize, afterBatch)) {
            PreparedStatement row = rows.row();
            for (int line = 0; line < ledger.lineCount(); line++) {
                int risk = sheet.lineRisk(line);
                row.setString(1, resultId);
                row.setLong(2, line + 1L);
                row.setLong(3, ledger.transaction(line) + 1L);
                row.setString(4, origins.sourceId(line));
                row.setLong(5, origins.rowId(line));
                row.setInt(6, risk);
                row.setString(7, level.apply(risk));
                int column = 8;
                for (ControlPoint cp : ControlPoint.values()) {
                    row.setShort(column++, (short) sheet.lineScore(cp, line));
                }
                rows.add();
            }
            rows.flush();
            return rows.written();
        }
    }

    /** Writes every transaction. */
    public long writeTransactions(Ledger ledger, ScoreSheet sheet, IntFunction<String> level) throws SQLException {
        try (BatchedInsert rows = new BatchedInsert(connection, INSERT_TX, batchSize, afterBatch)) {
            PreparedStatement row = rows.row();
            for (int tx = 0; tx < ledger.transactionCount(); tx++) {
                int[] lines = ledger.linesOf(tx);
                long debit = 0;
                long credit = 0;
                Set<String> accounts = new LinkedHashSet<>();
                for (int line : lines) {
                    debit += ledger.debitCents(line);
                    credit += ledger.creditCents(line);
                    accounts.add(ledger.account(line));
                }
                int risk = sheet.transactionRisk(tx);
                row.setString(1, resultId);
                row.setLong(2, tx + 1L);
                row.setString(3, fit(ledger.transactionName(tx), 100));
                row.setInt(4, mostCommonDay(lines, ledger::effectiveDay));
                row.setInt(5, mostCommonDay(lines, ledger::enteredDay));
                row.setInt(6, lines.length);
                row.setLong(7, debit);
                row.setLong(8, credit);
                row.setLong(9, Math.max(debit, credit));
                row.setString(10, accountList(accounts));
                row.setString(11, fit(mostCommon(lines, ledger::user), 255));
                row.setString(12, fit(mostCommon(lines, ledger::source), 100));
                row.setBoolean(13, sheet.unknownFlow(tx));
                row.setInt(14, risk);
                row.setString(15, level.apply(risk));
                int column = 16;
                for (ControlPoint cp : ControlPoint.values()) {
                    row.setShort(column++, (short) sheet.transactionScore(cp, tx));
                }
                rows.add();
            }
            rows.flush();
            return rows.written();
        }
    }

    /** Removes the rows of the result (an interrupted attempt's, or a deleted result's). */
    public static void delete(Connection connection, String resultId) throws SQLException {
        for (String table : List.of("result_line", "result_tx")) {
            try (PreparedStatement delete = connection.prepareStatement("delete from " + table
                    + " where resultId = ?")) {
                delete.setString(1, resultId);
                delete.executeUpdate();
            }
        }
        if (!connection.getAutoCommit()) {
            connection.commit();
        }
    }

    /** The accounts joined by the list separator, cut at an account boundary to fit the column. */
    static String accountList(Set<String> accounts) {
        StringBuilder list = new StringBuilder();
        for (String account : accounts) {
            int needed = (list.length() == 0 ? 0 : 1) + account.length();
            if (list.length() + needed > ResultTransactionRow.ACCOUNTS_MAX - 2) {
                list.append(TableSchemas.LIST_SEPARATOR).append('…');
                break;
            }
            if (list.length() > 0) {
                list.append(TableSchemas.LIST_SEPARATOR);
            }
            list.append(account);
        }
        return list.toString();
    }

    private static int mostCommonDay(int[] lines, IntFunction<Integer> day) {
        Integer common = mostCommon(lines, day);
        return common == null ? -1 : common;
    }

    /** The value most lines have (the first seen on a tie); null only when no line has one. */
    static <T> T mostCommon(int[] lines, IntFunction<T> value) {
        List<T> values = new ArrayList<>(lines.length);
        for (int line : lines) {
            values.add(value.apply(line));
        }
        T best = null;
        int bestCount = 0;
        for (int i = 0; i < values.size(); i++) {
            T candidate = values.get(i);
            if (candidate == null || (candidate instanceof Integer day && day < 0)) {
                continue;
            }
            int count = 0;
            for (int j = i; j < values.size(); j++) {
                if (candidate.equals(values.get(j))) {
                    count++;
                }
            }
            if (count > bestCount) {
                best = candidate;
                bestCount = count;
            }
        }
        return best;
    }

    private static String fit(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
