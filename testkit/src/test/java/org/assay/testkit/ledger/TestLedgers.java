package org.assay.testkit.ledger;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** Ledgers generated once and shared by the test classes. */
final class TestLedgers {

    /** What the integration tests upload: 50,000 lines, default settings. */
    static final Settings DEFAULT_50K = Settings.defaults(50_000);

    private static Generated default50k;

    record Generated(String csv, String labels, GenerationSummary summary, Ledger ledger) {
    }

    private TestLedgers() {
    }

    static synchronized Generated default50k() {
        if (default50k == null) {
            default50k = generate(DEFAULT_50K);
        }
        return default50k;
    }

    static Generated generate(Settings settings) {
        try {
            StringWriter csv = new StringWriter();
            StringWriter labels = new StringWriter();
            GenerationSummary summary = GeneralLedgerGenerator.write(settings, csv, labels);
            return new Generated(csv.toString(), labels.toString(), summary,
                    Ledger.read(csv.toString(), labels.toString()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
