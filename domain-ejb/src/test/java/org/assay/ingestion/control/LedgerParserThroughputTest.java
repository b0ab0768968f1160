package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Measures parse speed on a generated 12-column ledger of one million lines and prints it; asserts nothing about
 * time. Run with {@code -Dassay.ingestion.benchmark=true}.
 */
@EnabledIfSystemProperty(named = "assay.ingestion.benchmark", matches = "true")
class LedgerParserThroughputTest {

    private static final int LINES = 1_000_000;
    private static final String[] USERS = {"Tanya Woods - AR Clerk", "Sam Lee - Controller", "batch", "J. Meyer"};
    private static final String[] SOURCES = {"GJ", "AR", "AP", "PR", "EX"};

    @TempDir
    Path directory;

    @Test
    void parsesAMillionLines() throws IOException, SQLException {
        Path file = directory.resolve("ledger.csv");
        writeLedger(file, LINES);
        long[] debits = new long[1];
        IngestionReport report = null;
        for (int run = 1; run <= 3; run++) {
            debits[0] = 0;
            long start = System.nanoTime();
            try (InputStream in = Files.newInputStream(file)) {
                report = new LedgerParser().parse(in, IngestionRequest.forPeriod(LocalDate.of(2024, 1, 1),
                        LocalDate.of(2024, 12, 31)), line -> debits[0] += line.debitCents());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            System.out.printf(Locale.ROOT, "run %d: %,d lines, %.1f MB in %.2f s = %,.0f lines/s%n", run, LINES,
                    Files.size(file) / 1e6, seconds, LINES / seconds);
        }
        assertFalse(report.hasErrors(), report::toString);
        assertEquals(LINES, report.linesAccepted());
    }

    /** Balanced two-line transactions with realistic field widths (about 120 bytes a line). */
    static void writeLedger(Path file, int lines) throws IOException {
        Random random = new Random(7);
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write("Journal ID,Line,Posting Date,Entry Date,GL Account,Account Description,Memo,Debit,Credit,"
                    + "Entered By,Source,Company Code\n");
            for (int i = 0; i < lines; i += 2) {
                LocalDate date = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(366));
                String cents = (1 + random.nextInt(999_999)) + "." + String.format(Locale.ROOT, "%02d",
                        random.nextInt(100));
                String head = "JE-" + (100_000 + i / 2) + ",";
                String dates = "," + date + "," + date.plusDays(random.nextInt(5)) + ",";
                String tail = "," + USERS[random.nextInt(USERS.length)] + "," + SOURCES[random.nextInt(SOURCES.length)]
                        + ",C01\n";
                int account = 10_000_000 + random.nextInt(500) * 100;
                out.write(head + 1 + dates + account + ",Operating account " + account % 1000
                        + ",Invoice " + random.nextInt(1_000_000) + " services rendered," + cents + "," + tail);
                out.write(head + 2 + dates + (account + 50) + ",Clearing account,Invoice settlement,," + cents + tail);
            }
        }
    }
}
