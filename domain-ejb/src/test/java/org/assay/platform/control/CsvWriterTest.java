package org.assay.platform.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvWriterTest {

    private enum Colour {
        RED, DARK_BLUE;

        @Override
        public String toString() {
            return this == DARK_BLUE ? "dark blue" : name();
        }
    }

    private static String write(List<?>... rows) {
        StringWriter out = new StringWriter();
        CsvWriter csv = new CsvWriter(out);
        for (List<?> row : rows) {
            csv.row(row);
        }
        return out.toString();
    }

    // rows

    @Test
    void rowsAreCommaSeparatedAndEndWithCrlf() {
        assertEquals("a,b,c\r\n1,2,3\r\n", write(List.of("a", "b", "c"), List.of(1, 2, 3)));
    }

    @Test
    void aSingleCellRowHasNoComma() {
        assertEquals("only\r\n", write(List.of("only")));
    }

    @Test
    void anEmptyRowIsAnEmptyLine() {
        assertEquals("\r\n", write(List.of()));
    }

    @Test
    void nullIsAnEmptyCell() {
        assertEquals("a,,c\r\n", write(Arrays.asList("a", null, "c")));
        assertEquals(",\r\n", write(Arrays.asList(null, null)));
        assertEquals("", CsvWriter.cell(null));
    }

    @Test
    void anEmptyStringIsAnEmptyCell() {
        assertEquals("", CsvWriter.cell(""));
        assertEquals("a,,b\r\n", write(List.of("a", "", "b")));
    }

    // quoting

    @Test
    void anOrdinaryStringIsUnchanged() {
        assertEquals("hello world", CsvWriter.cell("hello world"));
        assertEquals("GET /api/users/42", CsvWriter.cell("GET /api/users/42"));
        assertEquals("semi;colon", CsvWriter.cell("semi;colon"));
        assertEquals("it's", CsvWriter.cell("it's"));
        assertEquals("a=b", CsvWriter.cell("a=b"), "a formula character after the first is harmless");
    }

    @Test
    void aCellWithACommaIsQuoted() {
        assertEquals("\"a,b\"", CsvWriter.cell("a,b"));
        assertEquals("x,\"a,b\",y\r\n", write(List.of("x", "a,b", "y")));
    }

    @Test
    void quotesAreDoubledAndTheCellQuoted() {
        assertEquals("\"say \"\"hi\"\"\"", CsvWriter.cell("say \"hi\""));
        assertEquals("\"\"\"\"", CsvWriter.cell("\""));
    }

    @Test
    void aCellWithALineBreakIsQuoted() {
        assertEquals("\"line 1\nline 2\"", CsvWriter.cell("line 1\nline 2"));
        assertEquals("\"line 1\r\nline 2\"", CsvWriter.cell("line 1\r\nline 2"));
        assertEquals("\"a\rb\"", CsvWriter.cell("a\rb"));
        assertEquals("\"x\ny\",z\r\n", write(List.of("x\ny", "z")));
    }

    // numbers and other values

    @Test
    void numbersAreWrittenAsTheyAre() {
        assertEquals("42", CsvWriter.cell(42));
        assertEquals("7", CsvWriter.cell(7L));
        assertEquals("1.5", CsvWriter.cell(1.5d));
        assertEquals("12.50", CsvWriter.cell(new BigDecimal("12.50")));
    }

    @Test
    void negativeNumbersAreNeverPrefixed() {
        assertEquals("-5", CsvWriter.cell(-5));
        assertEquals("-9000000000", CsvWriter.cell(-9_000_000_000L));
        assertEquals("-0.25", CsvWriter.cell(-0.25d));
        assertEquals("-1,2,-3\r\n", write(List.of(-1, 2, -3)));
    }

    @Test
    void instantsUseTheirIsoForm() {
        Instant time = Instant.parse("2024-05-01T10:15:30.123456Z");
        assertEquals("2024-05-01T10:15:30.123456Z", CsvWriter.cell(time));
        assertEquals(time + ",x\r\n", write(List.of(time, "x")));
    }

    @Test
    void enumsUseTheirToString() {
        assertEquals("RED", CsvWriter.cell(Colour.RED));
        assertEquals("dark blue", CsvWriter.cell(Colour.DARK_BLUE));
    }

    @Test
    void otherObjectsUseTheirToString() {
        Object value = new Object() {
            @Override
            public String toString() {
                return "custom, value";
            }
        };
        assertEquals("\"custom, value\"", CsvWriter.cell(value), "toString is quoted like any text");
    }

    // formula injection

    @Test
    void cellsThatASpreadsheetWouldRunAsAFormulaGetAnApostrophe() {
        assertEquals("'=1+2", CsvWriter.cell("=1+2"));
        assertEquals("'+1", CsvWriter.cell("+1"));
        assertEquals("'-1", CsvWriter.cell("-1"), "text, unlike a number, is prefixed");
        assertEquals("'@SUM(A1:A2)", CsvWriter.cell("@SUM(A1:A2)"));
        assertEquals("'\tcmd", CsvWriter.cell("\tcmd"));
    }

    @Test
    void aLeadingCarriageReturnIsPrefixedAndQuoted() {
        assertEquals("\"'\rcmd\"", CsvWriter.cell("\rcmd"));
    }

    @Test
    void aSingleFormulaCharacterIsPrefixed() {
        for (String lone : List.of("=", "+", "-", "@", "\t")) {
            assertEquals("'" + lone, CsvWriter.cell(lone), lone);
        }
    }

    @Test
    void aFormulaWithACommaIsPrefixedAndQuoted() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
                CsvWriter.cell("=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertEquals("\"'=SUM(1,2)\"", CsvWriter.cell("=SUM(1,2)"));
        assertEquals("\"'-a,b\"", CsvWriter.cell("-a,b"));
    }

    @Test
    void aFormulaInTheMiddleOfARowIsPrefixed() {
        assertEquals("user,'=cmd|' /C calc'!A0,200\r\n", write(List.of("user", "=cmd|' /C calc'!A0", 200)));
    }

    @Test
    void aNonNumberWhoseTextLooksLikeAFormulaIsPrefixed() {
        Object value = new Object() {
            @Override
            public String toString() {
                return "=evil()";
            }
        };
        assertEquals("'=evil()", CsvWriter.cell(value));
    }

    // output errors

    @Test
    void aFailingWriterIsReportedUnchecked() {
        IOException failure = new IOException("disk full");
        Writer broken = new Writer() {
            @Override
            public void write(char[] buffer, int offset, int length) throws IOException {
                throw failure;
            }

            @Override
            public void write(int c) throws IOException {
                throw failure;
            }

            @Override
            public void write(String text) throws IOException {
                throw failure;
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> new CsvWriter(broken).row(List.of("a")));
        assertSame(failure, e.getCause());
    }

    @Test
    void aConfiguredFormatDelimitsQuotesAndEscapesItsOwnWay() {
        java.io.StringWriter out = new java.io.StringWriter();
        new CsvWriter(out, new CsvFormat(';', '\'', '\\')).row(List.of("a;b", "it's", "c\\d", "plain, text"));
        assertEquals("'a;b';'it\\'s';'c\\\\d';plain, text\r\n", out.toString());
    }
}
