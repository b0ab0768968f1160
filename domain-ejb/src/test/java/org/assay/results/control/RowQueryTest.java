package org.assay.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.assay.platform.query.QueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The body of a row read: defaults as the client relies on them, and every mistake named. */
class RowQueryTest {

    private static final TableSchema LINES = TableSchemas.journalLines();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void defaultsAreTheFirstPageOfAHundredByKeyWithEverySelectableColumn() {
        RowQuery query = RowQuery.parse(json("{}"), LINES);
        assertEquals(0, query.page());
        assertEquals(100, query.pageSize());
        assertEquals("rowid", query.sort().field());
        assertFalse(query.descending());
        assertEquals(LINES.selectableColumns(), query.columns());
        assertTrue(query.columns().stream().noneMatch(TableColumn::filterOnly));
    }

    @Test
    void pageSortAndFieldsAreRead() {
        RowQuery query = RowQuery.parse(json("{'page': 3, 'pageSize': 25, 'sort': {'field': 'risk', 'direction': "
                + "'DESC'}, 'fields': ['risk', 'rowid', 'memo'], 'excludeFields': ['memo'], 'query': {'risk': 1}}"),
                LINES);
        assertEquals(75, query.offset());
        assertTrue(query.descending());
        assertEquals("risk", query.sort().field());
        assertEquals("[risk, rowid]", query.columns().stream().map(TableColumn::field).toList().toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'pageSize': 101}|pageSize|from 1 to 100",
        "{'pageSize': 0}|pageSize|from 1 to 100",
        "{'page': -1}|page|from 0",
        "{'page': 'x'}|page|whole number",
        "{'sort': {'field': 'triggered_control_points'}}|sort.field|cannot be sorted",
        "{'sort': {'field': 'risk', 'direction': 'UP'}}|sort.direction|ASC or DESC",
        "{'sort': {'field': 'nope'}}|sort.field|unknown column",
        "{'fields': ['keyword_search']}|fields[0]|only be filtered",
        "{'fields': 'risk'}|fields|array of column names",
        "{'limit': 5}|limit|unknown property"})
    void mistakesNameTheProperty(String body, String identifier, String reason) {
        QueryException e = assertThrows(QueryException.class, () -> RowQuery.parse(json(body), LINES));
        assertEquals(identifier, e.identifier());
        assertTrue(e.reason().contains(reason), e.reason());
    }
}
