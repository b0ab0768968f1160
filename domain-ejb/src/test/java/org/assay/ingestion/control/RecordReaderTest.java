package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RecordReaderTest {

    private static final IngestionLimits SMALL = IngestionLimits.defaults().withMaxRecordChars(1024);

    private static RecordReader reader(String text, IngestionLimits limits) {
        return new RecordReader(new StringReader(text), ',', limits);
    }

    @Test
    void readsTrimmedValuesSkipsBlankLinesAndNumbersLines() throws Exception {
        RecordReader cut = reader("a, b ,\"c,d\"\n\n\r\n1,\"x\r\ny\",3\n4\n", SMALL);

        assertTrue(cut.next());
        assertEquals(List.of("a", "b", "c,d"), cut.values());
        assertTrue(cut.next());
        assertEquals(4, cut.lineNumber());
        assertEquals("x\r\ny", cut.value(1));
        assertTrue(cut.next());
        assertEquals(1, cut.fieldCount());
        assertEquals("", cut.value(2));
        assertFalse(cut.next());
    }

    @Test
    void keepsOnlyRetainedColumns() throws Exception {
        RecordReader cut = reader("h1,h2,h3\nv1,v2,v3\n", SMALL);
        cut.next();
        cut.retain(new boolean[] {false, false, true});

        cut.next();

        assertEquals("v3", cut.value(2));
        assertEquals(3, cut.fieldCount());
    }

    @Test
    void aRowOfManyFieldsBeyondTheLimitIsTooLong() throws Exception {
        RecordReader cut = reader("a,b\n" + "x,".repeat(600) + "\nc,d\n", SMALL);
        cut.next();

        IngestionFailure failure = assertThrows(IngestionFailure.class, cut::next);

        assertEquals(IngestionCode.LINE_TOO_LONG, failure.ingestionMessage().code());
        assertTrue(failure.ingestionMessage().defaultMessage().contains("line 2"));
    }

    @ParameterizedTest
    @CsvSource({"1024, true", "5000, true", "70000, true", "70000, false"})
    void aSingleHugeFieldIsTooLong(int limit, boolean quoted) throws Exception {
        String field = (quoted ? "\"" : "") + "y".repeat(3 * limit) + (quoted ? "\"" : "");
        RecordReader cut = reader("a,b\nx," + field + "\n", IngestionLimits.defaults().withMaxRecordChars(limit));
        cut.next();

        IngestionFailure failure = assertThrows(IngestionFailure.class, cut::next);

        assertEquals(IngestionCode.LINE_TOO_LONG, failure.ingestionMessage().code(), failure.getMessage());
    }

    @Test
    void aRowJustWithinTheLimitIsRead() throws Exception {
        RecordReader cut = reader("x".repeat(1000) + "," + "y".repeat(23) + "\n", SMALL);

        assertTrue(cut.next());
        assertEquals(23, cut.value(1).length());
    }

    @Test
    void anUnclosedQuoteAtTheEndIsMalformed() throws Exception {
        RecordReader cut = reader("a,b\n1,\"open\n", SMALL);
        cut.next();

        assertEquals(IngestionCode.MALFORMED_CSV,
                assertThrows(IngestionFailure.class, cut::next).ingestionMessage().code());
    }

    @Test
    void textAfterAClosingQuoteIsMalformed() throws Exception {
        RecordReader cut = reader("a,b\n1,\"5\" Main St\n", SMALL);
        cut.next();

        IngestionFailure failure = assertThrows(IngestionFailure.class, cut::next);

        assertEquals(IngestionCode.MALFORMED_CSV, failure.ingestionMessage().code());
        assertTrue(failure.ingestionMessage().defaultMessage().contains("line 2"));
    }
}
