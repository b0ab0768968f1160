package org.assay.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.assay.platform.query.QueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** MQL into SQL over the data-table columns: what is translated, and how each mistake is named. */
class RowFilterTest {

    private static final TableSchema LINES = TableSchemas.journalLines();
    private static final TableSchema TX = TableSchemas.journalTransactions();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void emptyFilterMatchesEverything() {
        assertEquals(Sql.TRUE, RowFilter.toSql(json("{}"), LINES));
        assertEquals(Sql.TRUE, RowFilter.toSql(null, LINES));
    }

    @Test
    void termsOfOneObjectAndOneFieldAreAnded() {
        Sql sql = RowFilter.toSql(json("{'risk': {'$gte': 3000, '$lt': 5000}, 'account': '1000'}"), LINES);
        assertEquals(List.of(3000L, 5000L, "1000"), sql.params());
        assertTrue(sql.text().contains("r.risk >= ?") && sql.text().contains("r.risk < ?")
                && sql.text().contains("j.account = ?") && sql.text().contains(" AND "), sql.text());
    }

    @Test
    void datesBecomeEpochDaysAndOrIsKept() {
        Sql sql = RowFilter.toSql(json("{'$or': [{'effective_date': {'$gte': '2025-04-01'}}, "
                + "{'entered_date': null}]}"), LINES);
        assertEquals(List.of(LocalDate.of(2025, 4, 1).toEpochDay()), sql.params().stream()
                .map(p -> ((Number) p).longValue()).toList());
        assertTrue(sql.text().contains(" OR ") && sql.text().contains("IS NULL"), sql.text());
    }

    @Test
    void inBetweenAndCaseInsensitiveSearches() {
        Sql sql = RowFilter.toSql(json("{'risk_level': {'$in': ['HIGH', 'MEDIUM']}, 'debit': {'$between': [100, 200]},"
                + " 'memo': {'$isubstr': '50%_off'}}"), LINES);
        assertEquals(List.of("HIGH", "MEDIUM", 100L, 200L, "%50\\%\\_off%"), sql.params());
    }

    @Test
    void triggeredControlPointsAndAccountListsAreSearchedByMembership() {
        Sql triggered = RowFilter.toSql(json("{'triggered_control_points': {'$contains': ['weekend_holiday']}}"),
                LINES);
        assertEquals("(r.cp_weekend_holiday >= 10000)", triggered.text());
        Sql accounts = RowFilter.toSql(json("{'accounts': {'$contains': ['4000']}}"), TX);
        assertEquals(List.of("%\u001f4000\u001f%"), accounts.params());
    }

    @Test
    void keywordPrefixSearchesEveryWordOfTheTextColumns() {
        Sql sql = RowFilter.toSql(json("{'$keyword_prefix': 'Reclass'}"), LINES);
        assertTrue(sql.params().contains("reclass%") && sql.params().contains("% reclass%"), sql.params()::toString);
        Sql not = RowFilter.toSql(json("{'$keyword_prefix_not': 'x'}"), LINES);
        assertTrue(not.text().startsWith("NOT ("), not.text());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'nope': 1}|nope|unknown column 'nope'",
        "{'risk': {'$isubstr': '3'}}|risk.$isubstr|cannot be searched with $isubstr",
        "{'risk': {'$gte': 30.5}}|risk.$gte|whole number",
        "{'debit': {'$gt': '100'}}|debit.$gt|expected a whole number",
        "{'effective_date': {'$gte': '04/01/2025'}}|effective_date.$gte|expected a date YYYY-MM-DD",
        "{'$and': [{'risk': 1}, 3]}|$and[1]|expected a filter object",
        "{'$population': 'p1'}|$population|populations are not available",
        "{'$where': 'x'}|$where|unknown operator",
        "{'risk': {'$in': []}}|risk.$in|non-empty array",
        "{'triggered_control_points': {'$contains': ['nope']}}|triggered_control_points.$contains[0]|no control point",
        "{'cp_failed_duplicate': {'$eq': 1}}|cp_failed_duplicate.$eq|expected true or false",
        "{'keyword_search': {'$eq': 'x'}}|keyword_search.$eq|cannot be searched with $eq",
        "{'debit': {'$between': [1]}}|debit.$between|two bounds"})
    void mistakesNameTheirPlace(String filter, String identifier, String reason) {
        QueryException e = assertThrows(QueryException.class, () -> RowFilter.toSql(json(filter), LINES));
        assertEquals(identifier, e.identifier());
        assertTrue(e.reason().contains(reason), e.reason());
    }

    @Test
    void nestingIsBounded() {
        String deep = "{'risk': 1}";
        for (int i = 0; i < 20; i++) {
            deep = "{'$and': [" + deep + "]}";
        }
        String filter = deep;
        QueryException e = assertThrows(QueryException.class, () -> RowFilter.toSql(json(filter), LINES));
        assertTrue(e.reason().contains("nested too deeply"), e.reason());
    }
}
