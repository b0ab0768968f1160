package org.assay.testkit.ledger;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.assay.testkit.ledger.Line.Side;

/**
 * Writes a synthetic general ledger as CSV, and the ids of its injected anomalies as a second CSV
 * ({@code transaction_id,anomaly_kind}). It streams: memory does not grow with the number of lines.
 *
 * <p>Transactions are generated posting day by posting day, each day getting its share of the lines
 * ({@link PostingCalendar}); ids are consecutive from {@value #FIRST_TRANSACTION_ID}. Anomalies replace ordinary
 * transactions at the configured rate and may take effect on other dates (a weekend, the year end, a month back).
 * Same settings, same bytes.
 */
public final class GeneralLedgerGenerator {

    static final long FIRST_TRANSACTION_ID = 100_000_001L;
    static final String LABELS_HEADER = "transaction_id,anomaly_kind";

    private final Settings settings;
    private final PostingCalendar calendar;
    private final NormalTransactions normals;
    private final AnomalyInjector anomalies;
    private final AnomalySchedule schedule;

    private GeneralLedgerGenerator(Settings settings) {
        this.settings = settings;
        SeededRandom random = new SeededRandom(settings.seed());
        ChartOfAccounts chart = new ChartOfAccounts();
        TransactionShapes shapes = new TransactionShapes(chart);
        UserRoster users = new UserRoster(random);
        Amounts amounts = new Amounts(settings, random);
        this.calendar = new PostingCalendar(settings);
        this.normals = new NormalTransactions(shapes, users, amounts, calendar, random);
        this.anomalies = new AnomalyInjector(settings, normals, shapes, users, amounts, calendar, chart, random);
        this.schedule = new AnomalySchedule(settings.anomalyRate(), random);
    }

    /** Writes the ledger and the labels (both flushed, neither closed). */
    public static GenerationSummary write(Settings settings, Writer ledger, Writer labels) throws IOException {
        return new GeneralLedgerGenerator(settings).run(ledger, labels);
    }

    /** Writes the ledger and the labels to files, UTF-8. */
    public static GenerationSummary write(Settings settings, Path ledger, Path labels) throws IOException {
        try (Writer ledgerOut = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8);
                Writer labelsOut = Files.newBufferedWriter(labels, StandardCharsets.UTF_8)) {
            return write(settings, ledgerOut, labelsOut);
        }
    }

    /** The command line; see {@link GeneratorCommandLine#USAGE}. Exit code 2 on bad arguments. */
    public static void main(String[] args) {
        System.exit(GeneratorCommandLine.run(args, System.out, System.err));
    }

    private GenerationSummary run(Writer ledger, Writer labels) throws IOException {
        CsvLineWriter rows = new CsvLineWriter(ledger);
        BufferedWriter labelRows = new BufferedWriter(labels);
        rows.header();
        labelRows.write(LABELS_HEADER + "\n");

        Map<AnomalyKind, Long> injected = new EnumMap<>(AnomalyKind.class);
        long written = 0;
        long transactions = 0;
        long debits = 0;
        long credits = 0;
        long[] targets = calendar.cumulativeLineTargets(settings.lines());
        int dayIndex = 0;
        for (LocalDate day : calendar.postingDays()) {
            while (written < targets[dayIndex]) {
                long budget = settings.lines() - written;
                AnomalyKind kind = null;
                Transaction tx = null;
                if (schedule.isDue(transactions)) {
                    for (AnomalyKind candidate : schedule.queue()) {
                        tx = anomalies.inject(candidate, day, budget);
                        if (tx != null) {
                            kind = candidate;
                            break;
                        }
                    }
                    schedule.filled(kind);
                }
                if (tx == null) {
                    tx = normals.next(day, budget);
                    anomalies.observe(tx);
                }
                long id = FIRST_TRANSACTION_ID + transactions++;
                rows.write(id, tx);
                if (kind != null) {
                    labelRows.write(id + "," + kind.name() + "\n");
                    injected.merge(kind, 1L, Long::sum);
                }
                written += tx.size();
                debits += tx.total(Side.DEBIT);
                credits += tx.total(Side.CREDIT);
            }
            dayIndex++;
        }
        rows.flush();
        labelRows.flush();
        return new GenerationSummary(written, transactions, injected, debits, credits);
    }
}
