package org.assay.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import org.assay.ingestion.control.JournalLine;
import org.assay.scoring.control.ControlPoint;
import org.assay.scoring.control.Ledger;
import org.assay.scoring.control.LedgerBuilder;
import org.assay.scoring.control.ScoreSheet;
import org.assay.sources.control.JournalLineWriter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scored rows written and read back through the data-table shapes, on H2 with the tables as Hibernate creates them
 * from the entities: the filters, sorts, pages, selected columns and value formats a client sees.
 */
class ResultTablesTest {

    private static final String RESULT = "r00000000000000000000001";
    private static final String SOURCE = "s00000000000000000000001";
    private static final int SATURDAY = (int) LocalDate.of(2025, 3, 1).toEpochDay();
    private static final int MONDAY = (int) LocalDate.of(2025, 3, 3).toEpochDay();

    private static EntityManagerFactory schema;
    private static Connection connection;

    /** Five lines in three transactions; line 2 and 3 fail WEEKEND_HOLIDAY, transaction T3 is unbalanced. */
    private static final List<JournalLine> LINES = List.of(
            line(1, "T1", "1000", "Cash", MONDAY, -1, "alice", "GJ", "rent march", 5000, 0),
            line(2, "T1", "4000", "Revenue", SATURDAY, MONDAY, "alice", "GJ", "reclass revenue", 0, 5000),
            line(3, "T2", "1000", "Cash", SATURDAY, -1, null, null, null, 120000, 0),
            line(4, "T2", "2000", "Payables", MONDAY, -1, "bob", "AP", "invoice 7", 0, 120000),
            line(5, "T3", "5000", "Expense", MONDAY, -1, "bob", "AP", "misc", 999, 0));

    @BeforeAll
    static void write() throws SQLException {
        schema = Persistence.createEntityManagerFactory("results-test");
        connection = DriverManager.getConnection("jdbc:h2:mem:results-test", "sa", "");
        LedgerBuilder builder = new LedgerBuilder();
        LineOrigins origins = new LineOrigins();
        try (JournalLineWriter journal = new JournalLineWriter(connection, SOURCE, 2, () -> { })) {
            for (JournalLine line : LINES) {
                journal.accept(line);
                builder.accept(line);
                origins.add(SOURCE, line.rowId());
            }
            journal.flush();
        }
        Ledger ledger = builder.build();
        ResultWriter writer = new ResultWriter(connection, RESULT, 2, () -> { });
        FixedScores scores = new FixedScores(ledger);
        assertEquals(5, writer.writeLines(ledger, scores, origins, risk -> risk >= 5000 ? "HIGH" : "LOW"));
        assertEquals(3, writer.writeTransactions(ledger, scores, risk -> risk >= 5000 ? "HIGH" : "LOW"));
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
        schema.close();
    }

    private static JournalLine line(long row, String tx, String account, String description, int effective,
            int entered, String user, String source, String memo, long debit, long credit) {
        return new JournalLine(row, tx, (int) row, account, description, effective, entered, user, source, memo,
                "C1", debit, credit);
    }

    private static List<JsonObject> read(TableSchema table, String body) throws SQLException {
        JsonObject json = Json.createReader(new StringReader(body.replace('\'', '"'))).readObject();
        return new RowReader(table).page(connection, RESULT, RowQuery.parse(json, table));
    }

    @Test
    void lineRowsCarryTheJournalLineItsScoresAndTheReferenceFormats() throws SQLException {
        JsonObject second = read(TableSchemas.journalLines(), "{'query': {'rowid': 2}}").get(0);
        assertEquals(2, second.getInt("rowid"));
        assertEquals(1, second.getInt("txid"));
        assertEquals("T1", second.getString("transaction"));
        assertEquals("2025-03-01", second.getString("effective_date"));
        assertEquals("2025-03-03", second.getString("entered_date"));
        assertEquals(5000, second.getInt("credit"));
        assertEquals(-5000, second.getInt("amount"));
        assertEquals(6000, second.getInt("risk"));
        assertEquals("HIGH", second.getString("risk_level"));
        assertEquals(10000, second.getInt("cp_score_weekend_holiday"));
        assertTrue(second.getBoolean("cp_failed_weekend_holiday"));
        assertEquals(List.of("weekend_holiday"), second.getJsonArray("triggered_control_points")
                .getValuesAs(jakarta.json.JsonString::getString));
        JsonObject first = read(TableSchemas.journalLines(), "{'query': {'rowid': 1}}").get(0);
        assertTrue(first.isNull("entered_date"));
        assertEquals(0, first.getJsonArray("triggered_control_points").size());
    }

    @Test
    void filterSortAndPagesAreStableAndEndEmpty() throws SQLException {
        String byRisk = "{'query': {'risk': {'$gte': 2000}}, 'sort': {'field': 'risk', 'direction': 'DESC'}, "
                + "'pageSize': 2, 'fields': ['rowid', 'risk'], 'page': ";
        List<JsonObject> first = read(TableSchemas.journalLines(), byRisk + "0}");
        List<JsonObject> second = read(TableSchemas.journalLines(), byRisk + "1}");
        List<JsonObject> third = read(TableSchemas.journalLines(), byRisk + "2}");
        assertEquals("[{\"rowid\":2,\"risk\":6000}, {\"rowid\":3,\"risk\":6000}]", first.toString());
        assertEquals("[{\"rowid\":4,\"risk\":2000}, {\"rowid\":5,\"risk\":2000}]", second.toString());
        assertEquals(List.of(), third);
    }

    @Test
    void textDateAndMembershipSearches() throws SQLException {
        assertEquals(List.of(2), rowids("{'$keyword_prefix': 'recl'}"));
        assertEquals(List.of(3, 4), rowids("{'memo': {'$ne': 'rent march'}, 'txid': 2}"));
        assertEquals(List.of(2, 3), rowids("{'triggered_control_points': {'$contains': ['WEEKEND_HOLIDAY']}}"));
        assertEquals(List.of(2, 3), rowids("{'effective_date': {'$lt': '2025-03-02'}}"));
        assertEquals(List.of(1, 3, 4, 5), rowids("{'entered_date': null}"));
        assertEquals(List.of(1, 2), rowids("{'user_id': {'$iprefix': 'AL'}}"));
    }

    private static List<Integer> rowids(String filter) throws SQLException {
        return read(TableSchemas.journalLines(), "{'fields': ['rowid'], 'query': " + filter + "}").stream()
                .map(row -> row.getInt("rowid")).toList();
    }

    @Test
    void transactionRowsSumTheirLinesAndListTheirAccounts() throws SQLException {
        List<JsonObject> rows = read(TableSchemas.journalTransactions(), "{'query': {'accounts': {'$contains': "
                + "['1000']}}}");
        assertEquals(2, rows.size());
        JsonObject t2 = rows.get(1);
        assertEquals("T2", t2.getString("transaction"));
        assertEquals(2, t2.getInt("entries_count"));
        assertEquals(120000, t2.getInt("debit"));
        assertEquals(120000, t2.getInt("monetary_value"));
        assertEquals("[\"1000\",\"2000\"]", t2.getJsonArray("accounts").toString());
        assertEquals("bob", t2.getString("user_id"));
        JsonObject t3 = read(TableSchemas.journalTransactions(), "{'query': {'cp_failed_unbalanced_tx': true}}")
                .get(0);
        assertEquals(3, t3.getInt("txid"));
        assertEquals(List.of("unbalanced_tx"), t3.getJsonArray("triggered_control_points")
                .getValuesAs(jakarta.json.JsonString::getString));
    }

    @Test
    void exportsStreamTheSelectedRowsAsCsvInTheRequestedOrderAndFormats() throws SQLException {
        String csv = export(TableSchemas.journalTransactions(), "{'fields': ['txid', 'accounts', 'entered_date', "
                + "'unknown_flow', 'debit'], 'sort': {'field': 'txid', 'direction': 'DESC'}, 'limit': 2, "
                + "'csvConfiguration': {'delimiter': ';'}, 'innerListCsvConfiguration': {'delimiter': '|'}}");
        assertEquals("txid;accounts;entered_date;unknown_flow;debit\r\n"
                + "3;'5000';;false;999\r\n"
                + "2;'1000'|'2000';;false;120000\r\n", csv);
        String memos = export(TableSchemas.journalLines(), "{'fields': ['rowid', 'memo', 'effective_date'], "
                + "'query': {'effective_date': {'$gte': '2025-03-02'}}}");
        assertEquals("rowid,memo,effective_date\r\n1,rent march,2025-03-03\r\n4,invoice 7,2025-03-03\r\n"
                + "5,misc,2025-03-03\r\n", memos);
    }

    private static String export(TableSchema table, String body) throws SQLException {
        ExportRequest request = ExportRequest.parse(Json.createReader(new StringReader(body.replace('\'', '"')))
                .readObject(), table);
        java.io.StringWriter out = new java.io.StringWriter();
        TableCsv csv = new TableCsv(out, table, request.rows().columns(), request.csv(), request.innerList());
        csv.header();
        new RowReader(table).stream(connection, RESULT, request.rows(), request.limit(), csv);
        return out.toString();
    }

    /**
     * Scores made up for the test: WEEKEND_HOLIDAY fails on Saturday lines, UNBALANCED_TX on unbalanced
     * transactions; a line's risk is 6000 when it fails anything, else 2000 (1000 for the first line).
     */
    private record FixedScores(Ledger ledger) implements ScoreSheet {

        @Override
        public int lineCount() {
            return ledger.lineCount();
        }

        @Override
        public int transactionCount() {
            return ledger.transactionCount();
        }

        @Override
        public boolean applicable(ControlPoint controlPoint) {
            return true;
        }

        @Override
        public int lineScore(ControlPoint controlPoint, int line) {
            return switch (controlPoint) {
                case WEEKEND_HOLIDAY -> ledger.effectiveDay(line) == SATURDAY ? 10000 : 0;
                case UNBALANCED_TX -> transactionScore(controlPoint, ledger.transaction(line));
                default -> 0;
            };
        }

        @Override
        public int transactionScore(ControlPoint controlPoint, int transaction) {
            if (controlPoint == ControlPoint.UNBALANCED_TX) {
                long balance = 0;
                for (int line : ledger.linesOf(transaction)) {
                    balance += ledger.amountCents(line);
                }
                return balance == 0 ? 0 : 10000;
            }
            int max = 0;
            for (int line : ledger.linesOf(transaction)) {
                max = Math.max(max, lineScore(controlPoint, line));
            }
            return max;
        }

        @Override
        public int lineRisk(int line) {
            return lineScore(ControlPoint.WEEKEND_HOLIDAY, line) > 0 ? 6000 : line == 0 ? 1000 : 2000;
        }

        @Override
        public int transactionRisk(int transaction) {
            return transaction == 1 ? 6000 : 2000;
        }

        @Override
        public boolean unknownFlow(int transaction) {
            return false;
        }
    }
}
