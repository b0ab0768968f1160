package org.assay.scoring.control;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.MonthDay;
import org.assay.ingestion.control.IngestionRequest;
import org.assay.ingestion.control.LedgerParser;

/**
 * Throughput of the scoring engine on a ledger file: {@code ScoringBenchmark <gl.csv>} parses it into a
 * {@link Ledger} (timed with the parse), scores it three times, and prints lines per second for each step and the
 * heap in use after scoring.
 */
public final class ScoringBenchmark {

    private static final int RUNS = 3;

    private ScoringBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 1) {
            System.err.println("usage: ScoringBenchmark <gl.csv>");
            System.exit(2);
        }
        long start = System.nanoTime();
        LedgerBuilder builder = new LedgerBuilder();
        try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
            new LedgerParser().parse(in, IngestionRequest.forPeriod(LocalDate.of(1900, 1, 1),
                    LocalDate.of(2999, 12, 31)), builder);
        }
        Ledger ledger = builder.build();
        report("parse + build", ledger.lineCount(), System.nanoTime() - start);
        ScoringSettings settings = ScoringSettings.defaults(MonthDay.of(12, 31), 42);
        ScoreSheet sheet = null;
        for (int run = 1; run <= RUNS; run++) {
            long scoring = System.nanoTime();
            sheet = new ScoringEngine().score(ledger, settings);
            report("score run " + run, ledger.lineCount(), System.nanoTime() - scoring);
        }
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        System.out.printf("heap in use after scoring: %,d MB (%d transactions, ledger and sheet reachable: %s)%n",
                (runtime.totalMemory() - runtime.freeMemory()) >> 20, ledger.transactionCount(), sheet != null);
    }

    private static void report(String step, int lines, long nanos) {
        System.out.printf("%-14s %,d lines in %.2f s: %,.0f lines/s%n", step, lines, nanos / 1e9,
                lines / (nanos / 1e9));
    }
}
