package org.assay.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.assay.testkit.ledger.Ledger.Entry;
import org.assay.testkit.ledger.Ledger.Tx;
import org.assay.testkit.ledger.TestLedgers.Generated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneralLedgerGeneratorTest {

    private static final Pattern AMOUNT = Pattern.compile("[1-9][0-9]*\\.[0-9]{2}|0\\.(0[1-9]|[1-9][0-9])");

    // determinism

    @Test
    void theSameSettingsGiveTheSameBytes() {
        Settings settings = Settings.defaults(20_000);
        Generated first = TestLedgers.generate(settings);
        Generated second = TestLedgers.generate(settings);
        assertEquals(first.csv(), second.csv());
        assertEquals(first.labels(), second.labels());
        assertEquals(first.summary(), second.summary());
    }

    @Test
    void anotherSeedGivesAnotherLedger() {
        Generated first = TestLedgers.generate(Settings.defaults(5_000));
        Generated second = TestLedgers.generate(Settings.defaults(5_000).withSeed(43));
        assertNotEquals(first.csv(), second.csv());
        assertEquals(first.ledger().rows.size(), second.ledger().rows.size());
    }

    // size and summary

    @ParameterizedTest
    @ValueSource(longs = {0, 2, 3, 4, 5, 7, 61, 101, 1_000, 12_345})
    void writesExactlyTheLinesAskedFor(long lines) {
        Generated generated = TestLedgers.generate(Settings.defaults(lines));
        assertEquals(lines, generated.ledger().rows.size());
        assertEquals(lines, generated.summary().lines());
        assertTrue(generated.ledger().transactions.stream().allMatch(tx -> tx.entries().size() >= 2));
        assertAllBalancedButTheUnbalanced(generated.ledger());
    }

    @Test
    void aSingleLineCannotBeAsked() {
        assertThrows(IllegalArgumentException.class, () -> Settings.defaults(1));
    }

    @Test
    void theSummaryAddsUp() {
        Generated generated = TestLedgers.default50k();
        GenerationSummary summary = generated.summary();
        List<Tx> transactions = generated.ledger().transactions;
        assertEquals(transactions.size(), summary.transactions());
        assertEquals(transactions.stream().mapToLong(Tx::debitCents).sum(), summary.totalDebitCents());
        assertEquals(transactions.stream().mapToLong(Tx::creditCents).sum(), summary.totalCreditCents());
        assertEquals(transactions.stream().filter(tx -> !tx.isNormal()).count(), summary.anomalies());
        Map<AnomalyKind, Long> labelled = transactions.stream().filter(tx -> !tx.isNormal())
                .collect(Collectors.groupingBy(Tx::label, Collectors.counting()));
        labelled.forEach((kind, count) -> assertEquals(count, summary.anomaliesByKind().get(kind), kind.name()));
        double rate = (double) summary.anomalies() / summary.transactions();
        assertTrue(rate > 0.004 && rate < 0.006, "anomaly rate " + rate);
    }

    // format

    @Test
    void everyRowHasTheDocumentedFormat() {
        Generated generated = TestLedgers.default50k();
        assertTrue(generated.csv().startsWith(CsvLineWriter.HEADER + "\n"));
        assertFalse(generated.csv().contains("\r"));
        Set<String> types = new HashSet<>();
        for (String row : generated.ledger().rows) {
            List<String> cells = Ledger.cells(row);
            assertTrue(cells.get(0).matches("1[0-9]{8}"), row);
            assertTrue(cells.get(1).matches("[1-9][0-9]*"), row);
            assertTrue(cells.get(2).matches("[0-9]{8}"), row);
            assertFalse(cells.get(3).isEmpty(), row);
            assertTrue(cells.get(4).matches("\\d{4}-\\d{2}-\\d{2}") && cells.get(5).matches("\\d{4}-\\d{2}-\\d{2}"));
            boolean debit = !cells.get(6).isEmpty();
            assertTrue(debit != !cells.get(7).isEmpty(), "exactly one of debit and credit: " + row);
            assertTrue(AMOUNT.matcher(debit ? cells.get(6) : cells.get(7)).matches(), row);
            assertTrue(cells.get(8).contains(" - "), row);
            assertFalse(cells.get(10).isBlank(), row);
            assertTrue(cells.get(11).matches("C0[1-3]"), row);
            types.add(cells.get(9));
        }
        assertTrue(types.stream().allMatch(type -> type.matches("[A-Z]{2}")), types.toString());
        assertTrue(types.containsAll(Set.of("AR", "AP", "GJ", "PR", "CD", "CR", "IL")), types.toString());
    }

    @Test
    void fieldsWithCommasOrQuotesAreQuoted() {
        String csv = TestLedgers.default50k().csv();
        assertTrue(csv.contains(",\"Salaries, Administration\","));
        assertTrue(csv.contains("\"Northwind \"\"Express\"\" Freight invoice"));
    }

    @Test
    void transactionIdsAreConsecutiveAndEntriesNumberedFromOne() {
        List<Tx> transactions = TestLedgers.default50k().ledger().transactions;
        for (int i = 0; i < transactions.size(); i++) {
            assertEquals(Long.toString(GeneralLedgerGenerator.FIRST_TRANSACTION_ID + i), transactions.get(i).id());
        }
        List<String> rows = TestLedgers.default50k().ledger().rows;
        String previousId = "";
        int expectedEntry = 0;
        for (String row : rows) {
            List<String> cells = Ledger.cells(row);
            expectedEntry = cells.get(0).equals(previousId) ? expectedEntry + 1 : 1;
            assertEquals(Integer.toString(expectedEntry), cells.get(1));
            previousId = cells.get(0);
        }
    }

    // content

    @Test
    void everyTransactionBalancesExceptTheUnbalancedOnes() {
        assertAllBalancedButTheUnbalanced(TestLedgers.default50k().ledger());
    }

    @Test
    void effectiveDatesLieInThePeriodAndEntryNeverPrecedesThem() {
        for (Tx tx : TestLedgers.default50k().ledger().transactions) {
            assertFalse(tx.effective().isBefore(TestLedgers.DEFAULT_50K.periodStart()), tx.toString());
            assertFalse(tx.effective().isAfter(TestLedgers.DEFAULT_50K.periodEnd()), tx.toString());
            assertFalse(tx.entered().isBefore(tx.effective()), tx.toString());
        }
    }

    @Test
    void anyPeriodAndFiscalYearWork() {
        Settings fiscal = new Settings(7, 8_000, LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30), 0.01, 0.01,
                Settings.DEFAULT_MATERIALITY_CENTS, MonthDay.of(6, 30));
        Generated generated = TestLedgers.generate(fiscal);
        assertEquals(8_000, generated.ledger().rows.size());
        for (Tx tx : generated.ledger().transactions) {
            assertFalse(tx.effective().isBefore(fiscal.periodStart()) || tx.effective().isAfter(fiscal.periodEnd()));
        }
        Generated weekendOnly = TestLedgers.generate(Settings.defaults(100)
                .withPeriod(LocalDate.of(2025, 3, 8), LocalDate.of(2025, 3, 9)));
        assertEquals(100, weekendOnly.ledger().rows.size());
    }

    @Test
    void theLedgerLooksLikeAMidSizeCompany() {
        Ledger ledger = TestLedgers.default50k().ledger();
        int chart = new ChartOfAccounts().all().size();
        assertTrue(chart >= 60 && chart <= 150, chart + " accounts");
        assertTrue(ledger.accountDescriptions.size() >= 60, ledger.accountDescriptions.size() + " accounts used");
        long users = ledger.normal().stream().map(Tx::user).distinct().count();
        assertTrue(users >= 15 && users <= 40, users + " users");
        assertTrue(ledger.normal().stream().map(Tx::user).anyMatch(user -> user.startsWith("SYSTEM - ")));
    }

    @Test
    void lineCountsFollowTheEmpiricalDistribution() {
        List<Tx> normal = TestLedgers.default50k().ledger().normal();
        Map<Integer, Long> byCount = normal.stream()
                .collect(Collectors.groupingBy(tx -> Math.min(tx.entries().size(), 9), Collectors.counting()));
        double[] expected = {0, 0, 0.607, 0.058, 0.166, 0.031, 0.033, 0.011, 0.019, 0.075};
        for (int lines = 2; lines <= 9; lines++) {
            double share = byCount.getOrDefault(lines, 0L) / (double) normal.size();
            assertEquals(expected[lines], share, Math.max(0.01, expected[lines] * 0.15), lines + " lines");
        }
    }

    @Test
    void sourcesKeepTheirShares() {
        List<Tx> normal = TestLedgers.default50k().ledger().normal();
        assertEquals(0.05, share(normal, tx -> tx.type().equals("GJ")), 0.01, "manual journals (adjustments)");
        assertEquals(0.15, share(normal, tx -> tx.type().equals("RJ")), 0.02, "recurring journals");
        assertEquals(0.65, share(normal, tx -> tx.user().startsWith("SYSTEM")), 0.03, "automated and recurring");
    }

    private static double share(List<Tx> transactions, Predicate<Tx> which) {
        return transactions.stream().filter(which).count() / (double) transactions.size();
    }

    private static void assertAllBalancedButTheUnbalanced(Ledger ledger) {
        for (Tx tx : ledger.transactions) {
            if (tx.label() != AnomalyKind.UNBALANCED_TX) {
                assertEquals(tx.debitCents(), tx.creditCents(), "unbalanced " + tx);
            }
            for (Entry entry : tx.entries()) {
                assertTrue(entry.absCents() > 0, tx.toString());
            }
        }
    }
}
