package org.assay.results.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.assay.platform.control.CsvFormat;
import org.assay.platform.query.QueryException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The body of a data-table export: defaults, the columns in the order asked, and every mistake named. */
class ExportRequestTest {

    private static final TableSchema TX = TableSchemas.journalTransactions();

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    @Test
    void defaultsAreEverySelectableColumnByKeyAsRfc4180() {
        ExportRequest request = ExportRequest.parse(json("{}"), TX);
        assertEquals(TX.selectableColumns(), request.rows().columns());
        assertEquals("txid", request.rows().sort().field());
        assertNull(request.limit());
        assertEquals(CsvFormat.RFC_4180, request.csv());
        assertEquals(ExportRequest.DEFAULT_INNER_LIST, request.innerList());
    }

    @Test
    void columnsKeepTheRequestedOrder() {
        ExportRequest request = ExportRequest.parse(json("{'fields': ['risk', 'txid'], 'limit': 10, "
                + "'csvConfiguration': {'delimiter': '\\t', 'quote': '|', 'quoteEscape': '\\\\'}}"), TX);
        assertEquals("[risk, txid]", request.rows().columns().stream().map(TableColumn::field).toList().toString());
        assertEquals(10L, request.limit());
        assertEquals(new CsvFormat('\t', '|', '\\'), request.csv());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{'fields': ['keyword_search']}|fields[0]|only be filtered",
        "{'fields': []}|fields|at least one column",
        "{'limit': 0}|limit|at least 1",
        "{'limit': 'all'}|limit|whole number",
        "{'csvConfiguration': {'delimiter': ';;'}}|csvConfiguration.delimiter|single character",
        "{'csvConfiguration': {'delimiter': '\\''}}|csvConfiguration|must differ",
        "{'csvConfiguration': {'escape': 'x'}}|csvConfiguration.escape|unknown property",
        "{'csvConfiguration': {'quoteEscapeEscape': 'x'}}|csvConfiguration.quoteEscapeEscape|escapes the quoteEscape",
        "{'query': {'risk': {'$gte': 'high'}}}|risk.$gte|whole number",
        "{'page': 2}|page|unknown property"})
    void mistakesNameTheProperty(String body, String identifier, String reason) {
        QueryException e = assertThrows(QueryException.class, () -> {
            ExportRequest request = ExportRequest.parse(json(body), TX);
            RowFilter.toSql(request.rows().filter(), TX);
        });
        assertEquals(identifier, e.identifier());
        assertTrue(e.reason().contains(reason), e.reason());
    }
}
