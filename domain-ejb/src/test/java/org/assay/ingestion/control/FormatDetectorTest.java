package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatDetectorTest {

    private final FormatDetector cut = new FormatDetector(IngestionLimits.defaults());

    private DetectedFormat detect(String text) throws IngestionFailure {
        return detect(text.getBytes(StandardCharsets.UTF_8));
    }

    private DetectedFormat detect(byte[] bytes) throws IngestionFailure {
        return cut.detect(bytes, bytes.length, true);
    }

    private IngestionCode failure(byte[] bytes) {
        return assertThrows(IngestionFailure.class, () -> detect(bytes)).ingestionMessage().code();
    }

    @Test
    void detectsCommaFile() throws Exception {
        DetectedFormat format = detect("Account,Date,Amount\n1000,2024-01-01,5\n2000,2024-01-01,-5\n");

        assertEquals(new DetectedFormat(StandardCharsets.UTF_8, false, ',', 0, List.of("Account", "Date", "Amount"),
                3), format);
        assertEquals("comma", format.delimiterName());
    }

    @Test
    void prefersTheDelimiterGivingMostColumnsOverADecimalComma() throws Exception {
        DetectedFormat format = detect("Account;Date;Debit;Credit\n1000;2024-01-01;5,00;0,00\n"
                + "2000;2024-01-01;0,00;5,00\n");

        assertEquals(';', format.delimiter());
        assertEquals(4, format.columnCount());
    }

    @Test
    void ignoresDelimitersInsideQuotes() throws Exception {
        DetectedFormat format = detect("A|B|C\n\"x|y|z\"|2|3\n1|\"p\nq\"|3\n");

        assertEquals('|', format.delimiter());
        assertEquals(3, format.columnCount());
    }

    @Test
    void toleratesAStrayDelimiterInSomeRows() throws Exception {
        StringBuilder text = new StringBuilder("Account\tDate\tAmount\tMemo\n");
        for (int i = 0; i < 20; i++) {
            text.append("1000\t2024-01-01\t5\t").append(i % 5 == 0 ? "with\ttab" : "plain").append('\n');
        }

        DetectedFormat format = detect(text.toString());

        assertEquals('\t', format.delimiter());
        assertEquals(4, format.columnCount());
    }

    @Test
    void findsTheHeaderBelowTitleLines() throws Exception {
        DetectedFormat format = detect("Trial Balance,,,\nAcme Corp,,,\n\nAccount,Date,Amount,Memo\n"
                + "1000,2024-01-01,5,x\n2000,2024-01-01,-5,y\n");

        assertEquals(2, format.headerRowIndex());
        assertEquals(List.of("Account", "Date", "Amount", "Memo"), format.headerNames());
    }

    @Test
    void aHeaderIsMostlyText() {
        assertTrue(FormatDetector.looksLikeHeader(List.of("Account", "Date", "Amount", "")));
        assertFalse(FormatDetector.looksLikeHeader(List.of("JE-1", "1000", "2024-01-01", "5.00", "Rent")));
        assertFalse(FormatDetector.looksLikeHeader(List.of("General Ledger", "", "", "")));
    }

    @Test
    void reportsOneColumnWhenNoDelimiterSplitsTheRows() throws Exception {
        DetectedFormat format = detect("A#B#C\n1#2#3\n");

        assertEquals(1, format.columnCount());
        assertEquals(List.of("A#B#C"), format.headerNames());
    }

    @Test
    void detectsEncodings() throws Exception {
        String text = "Compte,Libellé\n1000,Caisse\n";
        Charset cp1252 = Charset.forName("windows-1252");

        assertEquals(StandardCharsets.UTF_8, detect(text).charset());
        assertEquals(cp1252, detect(text.getBytes(cp1252)).charset());
        assertEquals("Libellé", detect(text.getBytes(cp1252)).headerNames().get(1));
        DetectedFormat utf16 = detect(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16BE));
        assertEquals(StandardCharsets.UTF_16BE, utf16.charset());
        assertTrue(utf16.byteOrderMark());
        assertEquals(2, utf16.byteOrderMarkLength());
    }

    @Test
    void aUtf8SequenceCutByTheSampleEndIsStillUtf8() throws Exception {
        byte[] bytes = "Account,Memo\n1000,é\n2000,é".getBytes(StandardCharsets.UTF_8);

        DetectedFormat format = cut.detect(bytes, bytes.length - 1, false);

        assertEquals(StandardCharsets.UTF_8, format.charset());
    }

    @Test
    void refusesEmptyAndBinaryFiles() {
        assertEquals(IngestionCode.EMPTY_FILE, failure(new byte[0]));
        assertEquals(IngestionCode.EMPTY_FILE, failure(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '\n'}));
        assertEquals(IngestionCode.NOT_A_TEXT_FILE, failure("Account,Date\n1\u0000,2\n".getBytes(StandardCharsets.UTF_8)));
        byte[] controls = new byte[1000];
        Arrays.fill(controls, (byte) 'a');
        for (int i = 0; i < 100; i++) {
            controls[i * 10] = 0x02;
        }
        assertEquals(IngestionCode.NOT_A_TEXT_FILE, failure(controls));
    }
}
