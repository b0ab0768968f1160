package org.assay.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorCommandLineTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String arguments) {
        return GeneratorCommandLine.run(arguments.isEmpty() ? new String[0] : arguments.split(" "),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void writesTheLedgerAndTheLabels(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("gl.csv");
        Path labels = dir.resolve("labels.csv");
        int exit = run("--lines 5000 --seed 42 --from 2025-01-01 --to 2025-12-31 --anomaly-rate 0.05 --out " + ledger
                + " --labels " + labels);
        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(5001, Files.readAllLines(ledger).size());
        assertTrue(Files.readAllLines(labels).size() > 10);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("wrote 5,000 lines"));
    }

    @Test
    void givesTheSameBytesAsTheApi(@TempDir Path dir) throws IOException {
        Path ledger = dir.resolve("gl.csv");
        assertEquals(0, run("--lines 3000 --out " + ledger));
        assertEquals(TestLedgers.generate(Settings.defaults(3000)).csv(), Files.readString(ledger));
    }

    @Test
    void writesToStandardOutputForADash() {
        assertEquals(0, run("--lines 10 --out -"));
        assertEquals(11, out.toString(StandardCharsets.UTF_8).lines().count());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "--lines 100", "--out x.csv", "--lines many --out x.csv", "--lines 1 --out x.csv",
        "--lines 10 --out x.csv --from 2025-13-01", "--lines 10 --out x.csv --anomaly-rate 2",
        "--lines 10 --out x.csv --colour blue", "--lines 10 --out", "--lines 10 --lines 20 --out x.csv",
        "--lines 10 --out x.csv --from 2025-06-01 --to 2025-05-01"})
    void badArgumentsPrintTheUsageAndExitWith2(String arguments) {
        assertEquals(2, run(arguments));
        String message = err.toString(StandardCharsets.UTF_8);
        assertTrue(message.startsWith("error: "), message);
        assertTrue(message.contains("usage: java -cp testkit.jar"), message);
    }
}
