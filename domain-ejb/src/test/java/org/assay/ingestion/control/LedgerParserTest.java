package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LedgerParserTest {

    private static final LocalDate START = LocalDate.of(2024, 1, 1);
    private static final LocalDate END = LocalDate.of(2024, 12, 31);
    private static final String HEADER = "Journal ID,Line,Posting Date,Entry Date,GL Account,Account Description,"
            + "Memo,Debit,Credit,Entered By,Source,Company Code";

    private final LedgerParser cut = new LedgerParser();
    private final List<JournalLine> lines = new ArrayList<>();

    private IngestionReport parse(String text) throws IOException, SQLException {
        return parse(text.getBytes(StandardCharsets.UTF_8), IngestionRequest.forPeriod(START, END));
    }

    private IngestionReport parse(String text, IngestionRequest request) throws IOException, SQLException {
        return parse(text.getBytes(StandardCharsets.UTF_8), request);
    }

    private IngestionReport parse(byte[] bytes, IngestionRequest request) throws IOException, SQLException {
        return parse(new ByteArrayInputStream(bytes), request);
    }

    private IngestionReport parse(InputStream in, IngestionRequest request) throws IOException, SQLException {
        return cut.parse(in, request, lines::add);
    }

    private static String csv(String... rows) {
        return String.join("\n", rows) + "\n";
    }

    private static Optional<IngestionMessage> message(IngestionReport report, IngestionCode code) {
        return Stream.concat(report.errors().stream(), report.warnings().stream())
                .filter(m -> m.code() == code).findFirst();
    }

    private static IngestionMessage onlyError(IngestionReport report, IngestionCode code) {
        assertEquals(List.of(code), report.errors().stream().map(IngestionMessage::code).toList(),
                () -> report.errors().toString());
        return report.errors().get(0);
    }

    private static int day(String iso) {
        return (int) LocalDate.parse(iso).toEpochDay();
    }

    // happy paths

    @Test
    void readsDebitAndCreditLines() throws Exception {
        IngestionReport report = parse(csv(HEADER,
                "JE-1,1,2024-03-31,2024-04-02,1000,Cash,Office chairs,1250.50,,alice,GJ,C01",
                "JE-1,2,2024-03-31,2024-04-02,6000,Furniture,Office chairs,,1250.50,alice,GJ,C01"));

        assertEquals(List.of(), report.errors());
        assertEquals(List.of(), report.warnings());
        assertEquals(List.of(
                new JournalLine(1, "JE-1", 1, "1000", "Cash", day("2024-03-31"), day("2024-04-02"), "alice", "GJ",
                        "Office chairs", "C01", 125_050, 0),
                new JournalLine(2, "JE-1", 2, "6000", "Furniture", day("2024-03-31"), day("2024-04-02"), "alice",
                        "GJ", "Office chairs", "C01", 0, 125_050)), lines);
        assertAll(
                () -> assertEquals(2, report.rowsRead()),
                () -> assertEquals(2, report.linesAccepted()),
                () -> assertEquals(0, report.linesExcluded()),
                () -> assertEquals(0, report.linesOutsidePeriod()),
                () -> assertEquals(',', report.detectedFormat().delimiter()),
                () -> assertEquals(StandardCharsets.UTF_8, report.detectedFormat().charset()),
                () -> assertEquals(12, report.columnMappings().size()),
                () -> assertTrue(report.columnMappings().stream().allMatch(c -> c.mappingType() == MappingType.AUTO)),
                () -> assertEquals("account_id", report.columnMappings().get(4).mindbridgeField()));
    }

    @Test
    void readsSignedAmountsPositiveAsDebit() throws Exception {
        IngestionReport report = parse(csv("transaction_id,effective_date,account_id,amount",
                "T1,2024-05-01,1000,99.99",
                "T1,2024-05-01,4000,-99.99"));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(List.of(9_999L, 0L), lines.stream().map(JournalLine::debitCents).toList());
        assertEquals(List.of(0L, 9_999L), lines.stream().map(JournalLine::creditCents).toList());
        assertNull(lines.get(0).memo());
        assertEquals(JournalLine.NO_DATE, lines.get(0).enteredDay());
    }

    @ParameterizedTest
    @ValueSource(strings = {";", "\t", "|"})
    void readsOtherDelimiters(String delimiter) throws Exception {
        String text = csv("Account;Date;Amount;Memo;Document No", "1000;2024-02-01;10.00;a, b and c;D1",
                "2000;2024-02-01;-10.00;x, y;D1").replace(";", delimiter);

        IngestionReport report = parse(text);

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(delimiter.charAt(0), report.detectedFormat().delimiter());
        assertEquals(2, lines.size());
        assertEquals("a, b and c", lines.get(0).memo());
    }

    @Test
    void readsUtf8WithByteOrderMark() throws Exception {
        byte[] body = csv("Account,Date,Amount,Memo,JE", "1000,2024-02-01,1.00,Café,J1").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[body.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(body, 0, bytes, 3, body.length);

        IngestionReport report = parse(bytes, IngestionRequest.forPeriod(START, END));

        assertFalse(report.hasErrors(), report::toString);
        assertTrue(report.detectedFormat().byteOrderMark());
        assertEquals("Account", report.columnMappings().get(0).columnName());
        assertEquals("Café", lines.get(0).memo());
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-16LE", "UTF-16BE"})
    void readsUtf16WithByteOrderMark(String charsetName) throws Exception {
        Charset charset = Charset.forName(charsetName);
        byte[] bytes = ("\uFEFF" + csv("Account,Date,Amount,Memo,JE", "1000,2024-02-01,1.00,Über,J1")).getBytes(charset);

        IngestionReport report = parse(bytes, IngestionRequest.forPeriod(START, END));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(charset, report.detectedFormat().charset());
        assertEquals("Über", lines.get(0).memo());
    }

    @Test
    void readsWindows1252() throws Exception {
        byte[] bytes = csv("Account,Date,Amount,Memo,JE", "1000,2024-02-01,1.00,Frais de séjour – €,J1")
                .getBytes(Charset.forName("windows-1252"));

        IngestionReport report = parse(bytes, IngestionRequest.forPeriod(START, END));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(Charset.forName("windows-1252"), report.detectedFormat().charset());
        assertEquals("Frais de séjour – €", lines.get(0).memo());
    }

    @Test
    void readsQuotedFieldsWithDelimitersLineBreaksAndQuotes() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Amount,Memo",
                "J1,1000,2024-02-01,5.00,\"Rent, March\"",
                "J1,2000,2024-02-01,-5.00,\"two",
                "lines with \"\"quotes\"\"\"",
                "J2,1000,2024-02-02,7.00,plain"));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(List.of("Rent, March", "two\nlines with \"quotes\"", "plain"),
                lines.stream().map(JournalLine::memo).toList());
        assertEquals(List.of(1L, 2L, 3L), lines.stream().map(JournalLine::rowId).toList());
    }

    @Test
    void skipsTitleLinesAboveTheHeaderWithAWarning() throws Exception {
        IngestionReport report = parse(csv("General Ledger Report", "Acme Corp, FY2024", "",
                "JE,Account,Date,Amount", "J1,1000,2024-02-01,5.00", "J1,2000,2024-02-01,-5.00"));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(2, lines.size());
        assertEquals(2, report.detectedFormat().headerRowIndex());
        assertTrue(message(report, IngestionCode.HEADER_NOT_FIRST_ROW).orElseThrow().defaultMessage()
                .contains("line 4"));
    }

    @Test
    void readsFilesLongerThanTheSampleWithoutLosingBytes() throws Exception {
        StringBuilder text = new StringBuilder("JE,Account,Date,Amount,Memo\n");
        for (int i = 1; i <= 500; i++) {
            text.append("J").append(i).append(",1000,2024-02-01,").append(i).append(",Café crème ").append(i)
                    .append('\n');
        }
        IngestionRequest request = IngestionRequest.forPeriod(START, END)
                .withLimits(IngestionLimits.defaults().withSampleBytes(1024));

        IngestionReport report = parse(text.toString(), request);

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(500, lines.size());
        assertEquals("Café crème 500", lines.get(499).memo());
        assertEquals(50_000, lines.get(499).debitCents());
    }

    @Test
    void rowsOfTheWrongWidthAreReadWithAWarning() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Amount,Memo", "J1,1000,2024-02-01,1,a,b",
                "J1,1000,2024-02-01,-1", "J2,1000,2024-02-01,1,c", "J2,1000,2024-02-01,-1,d"));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(4, lines.size());
        assertEquals("a", lines.get(0).memo());
        assertTrue(message(report, IngestionCode.INCONSISTENT_COLUMN_COUNT).orElseThrow().defaultMessage()
                .contains("2 rows do not have the header's 5 columns: line 2 has 6; line 3 has 4"));
    }

    // mappings

    @Test
    void explicitMappingsOverrideProposals() throws Exception {
        String text = csv("Ref,Date,Amount,Account,Alt Account,Note", "R1,2024-02-01,5.00,1000,9999,n");
        IngestionRequest request = IngestionRequest.forPeriod(START, END).withColumnMappings(List.of(
                new ExplicitMapping(0, "transaction_id"), ExplicitMapping.of(4, GlField.ACCOUNT),
                new ExplicitMapping(5, null)));

        IngestionReport report = parse(text, request);

        assertFalse(report.hasErrors(), report::toString);
        assertEquals("9999", lines.get(0).account());
        assertEquals("R1", lines.get(0).transactionId());
        assertEquals(List.of(MappingType.MANUAL, MappingType.AUTO, MappingType.AUTO, MappingType.NOT_MAPPED,
                MappingType.MANUAL, MappingType.NOT_MAPPED),
                report.columnMappings().stream().map(ColumnMapping::mappingType).toList());
    }

    @Test
    void missingRequiredColumnNamesTheFieldAndTheColumnsFound() throws Exception {
        IngestionReport report = parse(csv("JE,Date,Amount,Memo", "J1,2024-02-01,5.00,x"));

        String text = onlyError(report, IngestionCode.MISSING_REQUIRED_COLUMN).defaultMessage();
        assertTrue(text.contains("account"), text);
        assertTrue(text.contains("'JE', 'Date', 'Amount', 'Memo'"), text);
        assertEquals(List.of(), lines);
        assertEquals(0, report.rowsRead());
    }

    @Test
    void unknownDelimiterSaysOnlyOneColumnWasFound() throws Exception {
        IngestionReport report = parse(csv("JE#Account#Date#Amount", "J1#1000#2024-02-01#5.00"));

        String text = onlyError(report, IngestionCode.MISSING_REQUIRED_COLUMN).defaultMessage();
        assertTrue(text.contains("Only one column was found ('JE#Account#Date#Amount')"), text);
        assertTrue(text.contains("comma, semicolon, tab and pipe"), text);
    }

    @Test
    void missingTransactionIdIsDerivedWithAWarning() throws Exception {
        IngestionReport report = parse(csv("Account,Date,Amount", "1000,2024-02-01,5.00", "2000,2024-02-01,-5.00"));

        assertFalse(report.hasErrors(), report::toString);
        assertTrue(message(report, IngestionCode.TRANSACTION_ID_DERIVED).isPresent());
        assertEquals(List.of("row-1", "row-2"), lines.stream().map(JournalLine::transactionId).toList());
    }

    // values

    @Test
    void nonNumericAmountsAreAnErrorWithExamples() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Debit,Credit",
                "J1,1000,2024-02-01,\"1,234.00\",",
                "J1,2000,2024-02-01,,$5",
                "J2,1000,2024-02-01,(7.00),",
                "J2,1000,2024-02-01,7.00,"));

        IngestionMessage error = onlyError(report, IngestionCode.NON_NUMERIC_AMOUNT);
        assertEquals(3, error.count());
        assertTrue(error.defaultMessage().contains("line 2 Debit '1,234.00'"), error.defaultMessage());
        assertTrue(error.defaultMessage().contains("line 3 Credit '$5'"), error.defaultMessage());
        assertTrue(error.defaultMessage().contains("line 4 Debit '(7.00)'"), error.defaultMessage());
        assertEquals(List.of(), lines, "no line reaches the sink after an error");
        assertEquals(1, report.linesAccepted());
    }

    @Test
    void unparseableDatesAreAnError() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Amount",
                "J1,1000,2024-02-01,1", "J1,1000,2024-02-30,1", "J1,1000,yesterday,1"));

        IngestionMessage error = onlyError(report, IngestionCode.UNPARSEABLE_DATE);
        assertEquals(2, error.count());
        assertTrue(error.defaultMessage().contains("line 3 Date '2024-02-30' is not yyyy-MM-dd"),
                error.defaultMessage());
    }

    @Test
    void linesMissingRequiredValuesAreExcludedWithAWarning() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Debit,Credit",
                "J1,1000,2024-02-01,5,",
                "J1,,2024-02-01,,5",
                "J2,1000,,5,",
                ",1000,2024-02-01,,",
                "J3,2000,2024-02-02,,5"));

        assertFalse(report.hasErrors(), report::toString);
        IngestionMessage warning = message(report, IngestionCode.LINES_EXCLUDED).orElseThrow();
        assertEquals(3, warning.count());
        assertTrue(warning.defaultMessage().contains("line 5 (no transaction id, no amount)"), warning.defaultMessage());
        assertTrue(warning.defaultMessage().contains("1 without account"), warning.defaultMessage());
        assertEquals(2, lines.size());
        assertEquals(3, report.linesExcluded());
    }

    @Test
    void moreThanTwoDecimalsAreRoundedHalfUpWithAWarning() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Amount", "J1,1000,2024-02-01,0.125",
                "J1,1000,2024-02-01,-0.125"));

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(13, lines.get(0).debitCents());
        assertEquals(13, lines.get(1).creditCents());
        assertEquals(2, message(report, IngestionCode.AMOUNTS_ROUNDED).orElseThrow().count());
    }

    @Test
    void negativeDebitBecomesACredit() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Debit,Credit", "J1,1000,2024-02-01,-5.00,"));

        assertEquals(0, lines.get(0).debitCents());
        assertEquals(500, lines.get(0).creditCents());
        assertEquals(1, message(report, IngestionCode.NEGATIVE_DEBIT_CREDIT).orElseThrow().count());
    }

    // dates and period

    @Test
    void ambiguousDatesAreReadMonthFirstWithAWarning() throws Exception {
        String text = csv("JE,Account,Date,Amount", "J1,1000,02/03/2024,1", "J1,1000,12/11/2024,-1");

        IngestionReport report = parse(text);

        assertFalse(report.hasErrors(), report::toString);
        assertEquals(day("2024-02-03"), lines.get(0).effectiveDay());
        IngestionMessage warning = message(report, IngestionCode.AMBIGUOUS_DATE_FORMAT).orElseThrow();
        assertTrue(warning.defaultMessage().contains("MM/dd/yyyy and dd/MM/yyyy"), warning.defaultMessage());
        assertTrue(report.dateColumns().get(0).ambiguous());
    }

    @Test
    void aChosenDateFormatResolvesTheAmbiguity() throws Exception {
        String text = csv("JE,Account,Date,Amount", "J1,1000,02/03/2024,1", "J1,1000,12/11/2024,-1");

        IngestionReport report = parse(text, IngestionRequest.forPeriod(START, END)
                .withDateFormats(Map.of(2, DatePattern.DAY_FIRST_SLASH)));

        assertEquals(day("2024-03-02"), lines.get(0).effectiveDay());
        assertTrue(message(report, IngestionCode.AMBIGUOUS_DATE_FORMAT).isEmpty());
    }

    @Test
    void datesOutsideThePeriodAreKeptWithAWarning() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Amount",
                "J1,1000,2023-12-31,1", "J2,1000,2024-06-30,1", "J3,1000,2025-01-01,1"));

        assertFalse(report.hasErrors(), report::toString);
        IngestionMessage warning = message(report, IngestionCode.DATE_OUTSIDE_PERIOD).orElseThrow();
        assertEquals(2, warning.count());
        assertTrue(warning.defaultMessage().contains("line 2 2023-12-31; line 4 2025-01-01"), warning.defaultMessage());
        assertEquals(3, lines.size());
        assertEquals(2, report.linesOutsidePeriod());
    }

    @Test
    void noLineInThePeriodIsAnError() throws Exception {
        IngestionReport report = parse(csv("JE,Account,Date,Amount", "J1,1000,2023-03-31,1", "J2,1000,2023-06-30,1"));

        String text = onlyError(report, IngestionCode.NO_LINES_IN_PERIOD).defaultMessage();
        assertTrue(text.contains("2023-03-31 to 2023-06-30"), text);
    }

    // unusable files

    @Test
    void emptyFile() throws Exception {
        IngestionReport report = parse(new byte[0], IngestionRequest.forPeriod(START, END));

        onlyError(report, IngestionCode.EMPTY_FILE);
        assertNull(report.detectedFormat());
    }

    @Test
    void headerOnly() throws Exception {
        onlyError(parse(csv("JE,Account,Date,Amount")), IngestionCode.NO_DATA_ROWS);
    }

    @Test
    void binaryGarbageIsNotText() throws Exception {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        bytes[0] = 'P';
        bytes[1] = 'K';
        bytes[2] = 3;
        bytes[3] = 4;

        String text = onlyError(parse(bytes, IngestionRequest.forPeriod(START, END)), IngestionCode.NOT_A_TEXT_FILE)
                .defaultMessage();
        assertTrue(text.contains("Excel .xlsx"), text);
    }

    @Test
    void aTenMegabyteLineStopsAtTheLimitWithoutReadingIt() throws Exception {
        CountingStream in = new CountingStream("JE,Account,Date,Amount\n".getBytes(StandardCharsets.US_ASCII),
                10 * 1024 * 1024);

        IngestionReport report = parse(in, IngestionRequest.forPeriod(START, END));

        String text = onlyError(report, IngestionCode.LINE_TOO_LONG).defaultMessage();
        assertTrue(text.contains("line 2"), text);
        assertTrue(text.contains("1,048,576 characters"), text);
        assertTrue(in.served < 2 * 1024 * 1024, "read " + in.served + " bytes");
    }

    @Test
    void aTenMegabyteFirstLineStopsAtTheLimit() throws Exception {
        CountingStream in = new CountingStream(new byte[0], 10 * 1024 * 1024);

        IngestionReport report = parse(in, IngestionRequest.forPeriod(START, END));

        assertTrue(onlyError(report, IngestionCode.LINE_TOO_LONG).defaultMessage().contains("line 1 "));
        assertTrue(in.served < 2 * 1024 * 1024, "read " + in.served + " bytes");
    }

    @Test
    void theRowLimitIsConfigurable() throws Exception {
        String text = csv("JE,Account,Date,Memo,Amount", "J1,1000,2024-01-01," + "m,".repeat(1500) + "1");

        IngestionReport report = parse(text, IngestionRequest.forPeriod(START, END)
                .withLimits(IngestionLimits.defaults().withMaxRecordChars(2048)));

        assertTrue(onlyError(report, IngestionCode.LINE_TOO_LONG).defaultMessage().contains("2,048"));
    }

    @Test
    void sinkExceptionsReachTheCaller() {
        assertThrows(SQLException.class, () -> cut.parse(
                new ByteArrayInputStream(csv("JE,Account,Date,Amount", "J1,1000,2024-01-01,1")
                        .getBytes(StandardCharsets.UTF_8)),
                IngestionRequest.forPeriod(START, END), line -> {
                    throw new SQLException("disk full");
                }));
    }

    /** A header followed by one endless line of 'x', served lazily; counts what was read. */
    private static final class CountingStream extends InputStream {

        private final byte[] head;
        private final long total;
        private long served;

        CountingStream(byte[] head, long lineLength) {
            this.head = head;
            this.total = head.length + lineLength;
        }

        @Override
        public int read() {
            if (served >= total) {
                return -1;
            }
            return served < head.length ? head[(int) served++] : (served++ >= 0 ? 'x' : 0);
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (served >= total) {
                return -1;
            }
            int n = (int) Math.min(length, total - served);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) read();
            }
            return n;
        }
    }
}
