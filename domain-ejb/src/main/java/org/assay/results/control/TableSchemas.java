package org.assay.results.control;

import static org.assay.results.control.Search.CONTAINS;
import static org.assay.results.control.Search.EQUALITY;
import static org.assay.results.control.Search.KEYWORD;
import static org.assay.results.control.Search.PREFIX;
import static org.assay.results.control.Search.RANGE;
import static org.assay.results.control.Search.SORT;
import static org.assay.results.control.Search.SUBSTRING;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.assay.platform.query.LikePatterns;
import org.assay.scoring.control.ControlPoint;

/**
 * The two data tables an analysis run writes (api-reference.md §3.13, analytics.md §5.5): {@code gl_journal_lines},
 * one row per journal line keyed by {@code rowid}, and {@code gl_journal_tx}, one row per transaction keyed by
 * {@code txid}. Both carry the risk, its level, the triggered control points and, per control point,
 * {@code cp_score_<id>} (basis points) and {@code cp_failed_<id>}.
 */
public final class TableSchemas {

    public static final String LINES = "gl_journal_lines";
    public static final String TRANSACTIONS = "gl_journal_tx";

    /** Separates the accounts of a transaction in its stored list (a character no account code contains). */
    public static final char LIST_SEPARATOR = '\u001f';

    private static final Set<Search> NUMBER = EnumSet.of(EQUALITY, RANGE, SORT);
    private static final Set<Search> TEXT = EnumSet.of(EQUALITY, SORT, PREFIX, SUBSTRING);
    private static final Set<Search> FLAG = EnumSet.of(EQUALITY, SORT);

    private static final List<String> FAILED_FIELDS = Arrays.stream(ControlPoint.values())
            .map(cp -> "cp_failed_" + cp.id()).toList();

    private static final TableSchema LINE_TABLE = lines();
    private static final TableSchema TRANSACTION_TABLE = transactions();

    private TableSchemas() {
    }

    public static Optional<TableSchema> byLogicalName(String logicalName) {
        return switch (logicalName) {
            case LINES -> Optional.of(LINE_TABLE);
            case TRANSACTIONS -> Optional.of(TRANSACTION_TABLE);
            default -> Optional.empty();
        };
    }

    public static TableSchema journalLines() {
        return LINE_TABLE;
    }

    public static TableSchema journalTransactions() {
        return TRANSACTION_TABLE;
    }

    private static TableSchema lines() {
        List<TableColumn> columns = new ArrayList<>(List.of(
                TableColumn.stored("rowid", ColumnType.INT64, "r.rowid", false, NUMBER),
                TableColumn.stored("txid", ColumnType.INT64, "r.txid", false, NUMBER),
                TableColumn.stored("transaction", ColumnType.STRING, "j.transactionId", false, TEXT),
                TableColumn.stored("line_no", ColumnType.INT32, "j.entryNo", false, NUMBER),
                TableColumn.stored("account", ColumnType.STRING, "j.account", false, TEXT),
                TableColumn.stored("account_description", ColumnType.STRING, "j.accountDescription", true, TEXT),
                TableColumn.stored("effective_date", ColumnType.DATE, "j.effectiveDay", false, NUMBER),
                TableColumn.stored("entered_date", ColumnType.DATE, optionalDay("j.enteredDay"), true, NUMBER),
                TableColumn.stored("user_id", ColumnType.STRING, "j.userName", true, TEXT),
                TableColumn.stored("source", ColumnType.STRING, "j.sourceCode", true, TEXT),
                TableColumn.stored("memo", ColumnType.STRING, "j.memo", true, TEXT),
                TableColumn.stored("company_code", ColumnType.STRING, "j.companyCode", true, TEXT),
                TableColumn.stored("debit", ColumnType.MONEY_100, "j.debitCents", false, NUMBER),
                TableColumn.stored("credit", ColumnType.MONEY_100, "j.creditCents", false, NUMBER),
                TableColumn.stored("amount", ColumnType.MONEY_100, "(j.debitCents - j.creditCents)", false, NUMBER)));
        columns.addAll(scoring("r"));
        return new TableSchema(LINES,
                "result_line r JOIN journal_line j ON j.sourceId = r.sourceId AND j.rowId = r.sourceRowId",
                "r.resultId", "rowid", columns,
                List.of("j.memo", "j.accountDescription", "j.account", "j.transactionId", "j.userName"));
    }

    private static TableSchema transactions() {
        List<TableColumn> columns = new ArrayList<>(List.of(
                TableColumn.stored("txid", ColumnType.INT64, "t.txid", false, NUMBER),
                TableColumn.stored("transaction", ColumnType.STRING, "t.transactionName", false, TEXT),
                TableColumn.stored("effective_date", ColumnType.DATE, "t.effectiveDay", false, NUMBER),
                TableColumn.stored("entered_date", ColumnType.DATE, optionalDay("t.enteredDay"), true, NUMBER),
                TableColumn.stored("debit", ColumnType.MONEY_100, "t.debitCents", false, NUMBER),
                TableColumn.stored("credit", ColumnType.MONEY_100, "t.creditCents", false, NUMBER),
                TableColumn.stored("entries_count", ColumnType.INT32, "t.entriesCount", false, NUMBER),
                TableColumn.stored("monetary_value", ColumnType.MONEY_100, "t.monetaryValueCents", false, NUMBER),
                new TableColumn("accounts", ColumnType.ARRAY_STRINGS, "t.accounts", false, EnumSet.of(CONTAINS),
                        false, row -> List.of(((String) row.get("accounts")).split(String.valueOf(LIST_SEPARATOR))),
                        account -> Sql.of("LOWER(CHR(31) || t.accounts || CHR(31)) LIKE ? ESCAPE '\\'",
                                LikePatterns.containing(LIST_SEPARATOR + account + LIST_SEPARATOR))),
                TableColumn.stored("user_id", ColumnType.STRING, "t.userName", true, TEXT),
                TableColumn.stored("source", ColumnType.STRING, "t.sourceCode", true, TEXT),
                TableColumn.stored("unknown_flow", ColumnType.BOOLEAN, "t.unknownFlow", false, FLAG)));
        columns.addAll(scoring("t"));
        return new TableSchema(TRANSACTIONS, "result_tx t", "t.resultId", "txid", columns,
                List.of("t.transactionName", "t.accounts", "t.userName", "t.sourceCode"));
    }

    /** Risk, level, triggered control points, the per-control-point columns and the keyword search. */
    private static List<TableColumn> scoring(String alias) {
        List<TableColumn> columns = new ArrayList<>();
        columns.add(TableColumn.stored("risk", ColumnType.PERCENTAGE_FIXED_POINT, alias + ".risk", false, NUMBER));
        columns.add(TableColumn.stored("risk_level", ColumnType.STRING, alias + ".riskLevel", false, FLAG));
        columns.add(new TableColumn("triggered_control_points", ColumnType.ARRAY_STRINGS, null, false,
                EnumSet.of(CONTAINS), false, TableSchemas::triggered, name -> failed(alias, name)));
        for (ControlPoint cp : ControlPoint.values()) {
            columns.add(TableColumn.stored("cp_score_" + cp.id(), ColumnType.PERCENTAGE_FIXED_POINT,
                    alias + ".cp_" + cp.id(), false, NUMBER));
        }
        for (ControlPoint cp : ControlPoint.values()) {
            columns.add(TableColumn.stored("cp_failed_" + cp.id(), ColumnType.BOOLEAN, failedSql(alias, cp), false,
                    FLAG));
        }
        columns.add(new TableColumn("keyword_search", ColumnType.KEYWORD_SEARCH, null, false, EnumSet.of(KEYWORD),
                true, null, null));
        return columns;
    }

    private static String optionalDay(String column) {
        return "CASE WHEN " + column + " < 0 THEN NULL ELSE " + column + " END";
    }

    private static String failedSql(String alias, ControlPoint cp) {
        return "(" + alias + ".cp_" + cp.id() + " >= " + cp.failThreshold() + ")";
    }

    /** The ids of the control points the row failed, in bundle order. */
    private static Object triggered(RowValues row) {
        List<String> ids = new ArrayList<>();
        for (ControlPoint cp : ControlPoint.values()) {
            if (Boolean.TRUE.equals(row.get(FAILED_FIELDS.get(cp.ordinal())))) {
                ids.add(cp.id());
            }
        }
        return ids;
    }

    private static Sql failed(String alias, String name) {
        String wanted = name.trim().toUpperCase(Locale.ROOT);  // ids are the lower-case enum names
        for (ControlPoint cp : ControlPoint.values()) {
            if (cp.name().equals(wanted)) {
                return Sql.of(failedSql(alias, cp));
            }
        }
        throw new IllegalArgumentException("no control point " + name + "; expected one of "
                + String.join(", ", Arrays.stream(ControlPoint.values()).map(ControlPoint::id).toList()));
    }
}
