package org.assay.testkit.ledger;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** Parses the generator's arguments and runs it. */
final class GeneratorCommandLine {

    static final String USAGE = """
            usage: java -cp testkit.jar org.assay.testkit.ledger.GeneralLedgerGenerator --lines N --out FILE
                   [--labels FILE] [--seed S] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--anomaly-rate R]

              --lines N           exact number of ledger lines (0, or 2 and more)
              --out FILE          the ledger CSV; '-' writes it to standard output
              --labels FILE       the anomaly labels CSV (transaction_id,anomaly_kind); none if omitted
              --seed S            random seed (default 42); the same arguments give the same bytes
              --from, --to        effective-date period (default 2025-01-01 to 2025-12-31)
              --anomaly-rate R    share of transactions made anomalous, 0 to 1 (default 0.005)
            """;
    private static final Set<String> OPTIONS = Set.of("--lines", "--out", "--labels", "--seed", "--from", "--to",
            "--anomaly-rate");

    private GeneratorCommandLine() {
    }

    /** Runs with these arguments; returns the exit code (0, 1 on an I/O failure, 2 on bad arguments). */
    static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        Settings settings;
        try {
            options = parse(args);
            settings = settings(options);
        } catch (IllegalArgumentException | DateTimeParseException e) {
            err.println("error: " + e.getMessage());
            err.print(USAGE);
            return 2;
        }
        long started = System.nanoTime();
        try {
            GenerationSummary summary = generate(settings, options.get("--out"), options.get("--labels"), out);
            double seconds = (System.nanoTime() - started) / 1e9;
            err.printf("wrote %,d lines in %,d transactions (%,d anomalies) in %.2f s, %,.0f lines/s%n",
                    summary.lines(), summary.transactions(), summary.anomalies(), seconds, summary.lines() / seconds);
            return 0;
        } catch (IOException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static GenerationSummary generate(Settings settings, String out, String labels, PrintStream stdout)
            throws IOException {
        try (Writer ledger = "-".equals(out)
                ? new OutputStreamWriter(stdout, StandardCharsets.UTF_8)
                : Files.newBufferedWriter(Path.of(out), StandardCharsets.UTF_8);
                Writer labelFile = labels == null ? Writer.nullWriter()
                        : Files.newBufferedWriter(Path.of(labels), StandardCharsets.UTF_8)) {
            return GeneralLedgerGenerator.write(settings, ledger, labelFile);
        }
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i])) {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(args[i] + " needs a value");
            }
            if (options.put(args[i], args[i + 1]) != null) {
                throw new IllegalArgumentException(args[i] + " given twice");
            }
        }
        for (String required : new String[] {"--lines", "--out"}) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException(required + " is required");
            }
        }
        return options;
    }

    private static Settings settings(Map<String, String> options) {
        Settings defaults = Settings.defaults(0);
        return defaults.withLines(number(options, "--lines", Long::parseLong, 0L))
                .withSeed(number(options, "--seed", Long::parseLong, defaults.seed()))
                .withPeriod(date(options, "--from", defaults.periodStart()), date(options, "--to", defaults.periodEnd()))
                .withAnomalyRate(number(options, "--anomaly-rate", Double::parseDouble, defaults.anomalyRate()));
    }

    private static <T> T number(Map<String, String> options, String name, Function<String, T> parse,
            T fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : parse.apply(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is not a number: " + value);
        }
    }

    private static LocalDate date(Map<String, String> options, String name, LocalDate fallback) {
        String value = options.get(name);
        try {
            return value == null ? fallback : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " is not a YYYY-MM-DD date: " + value);
        }
    }
}
