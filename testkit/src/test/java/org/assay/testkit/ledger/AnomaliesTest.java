package org.assay.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.assay.testkit.ledger.Ledger.Entry;
import org.assay.testkit.ledger.Ledger.Tx;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The labelled anomalies of the default 50,000-line ledger, each checked against its control point. */
class AnomaliesTest {

    private static final Ledger LEDGER = TestLedgers.default50k().ledger();
    private static final Map<AnomalyKind, List<Tx>> BY_KIND = LEDGER.byKind();
    private static final ControlPointProbe PROBE = new ControlPointProbe(LEDGER, TestLedgers.DEFAULT_50K);

    @Test
    void everyKindIsPresent() {
        BY_KIND.forEach((kind, transactions) -> assertTrue(transactions.size() >= 3, kind + ": " + transactions.size()));
        long labels = TestLedgers.default50k().labels().lines().count() - 1;
        assertEquals(labels, LEDGER.transactions.stream().filter(tx -> !tx.isNormal()).count(), "labels match ids");
    }

    /** OUTLIER_ANOMALY is for the isolation forest, which the probe does not run: it must fail nothing else. */
    @ParameterizedTest
    @EnumSource(AnomalyKind.class)
    void eachAnomalyFailsItsControlPointAndNoOther(AnomalyKind kind) {
        Set<AnomalyKind> expected = kind == AnomalyKind.OUTLIER_ANOMALY ? Set.of() : EnumSet.of(kind);
        for (Tx tx : BY_KIND.get(kind)) {
            assertEquals(expected, PROBE.failures(tx), tx.toString());
        }
    }

    @ParameterizedTest
    @EnumSource(AnomalyKind.class)
    void eachAnomalyHasItsDefiningProperty(AnomalyKind kind) {
        Consumer<Tx> property = switch (kind) {
            case UNBALANCED_TX -> tx -> assertTrue(
                    Math.abs(tx.debitCents() - tx.creditCents()) >= Math.max(100, tx.entries().size() + 1));
            case WEEKEND_HOLIDAY -> tx -> {
                assertTrue(isWeekend(tx.effective().getDayOfWeek()));
                assertTrue(isWeekend(tx.entered().getDayOfWeek()));
            };
            case PERIOD_END_TIMING -> tx -> assertTrue(PROBE.isYearEndWindow(tx.effective())
                    || ChronoUnit.DAYS.between(tx.effective(), tx.entered()) > 30);
            case ROUND_AMOUNT -> tx -> tx.entries().forEach(entry -> assertTrue(Amounts.isWholeThousands(
                    entry.absCents())));
            case HIGH_VALUE -> tx -> assertTrue(maxCents(tx) >= TestLedgers.DEFAULT_50K.materialityCents());
            case MANUAL_ENTRY -> tx -> assertEquals("JE", tx.type());
            case MEMO_KEYWORD -> tx -> assertTrue(MemoKeywords.containsKeyword(tx.memo()));
            case DUPLICATE -> tx -> assertTrue(LEDGER.transactions.stream().anyMatch(other -> other != tx
                    && other.effective().equals(tx.effective()) && other.entries().equals(tx.entries())));
            case REVERSAL -> tx -> assertTrue(LEDGER.transactions.stream().anyMatch(earlier -> {
                long days = ChronoUnit.DAYS.between(earlier.effective(), tx.effective());
                return days > 0 && days <= 45 && earlier.effective().getMonth() != tx.effective().getMonth()
                        && ControlPointProbe.signature(earlier, -1).equals(ControlPointProbe.signature(tx, 1));
            }));
            case UNUSUAL_AMOUNT -> tx -> {
                assertTrue(maxZ(tx) >= 4.5, "z " + maxZ(tx));
                assertTrue(maxCents(tx) < TestLedgers.DEFAULT_50K.materialityCents());
            };
            case RARE_FLOW -> tx -> {
                assertEquals(2, tx.entries().size());
                Entry debit = tx.entries().get(0);
                assertEquals(1, PROBE.flowCount(debit.account(), tx.entries().get(1).account()));
            };
            case UNUSUAL_USER -> tx -> {
                assertTrue(PROBE.userLines(tx.user()) < 20);
                assertTrue(LEDGER.normal().stream().noneMatch(normal -> normal.user().equals(tx.user())));
            };
            case BENFORD_2D -> this::floodsOneBinOfABusyAccount;
            case OUTLIER_ANOMALY -> tx -> {
                assertTrue(tx.entries().size() >= 22);
                assertTrue(ChronoUnit.DAYS.between(tx.effective(), tx.entered()) >= 12);
                assertTrue(maxZ(tx) >= 2.5 && maxZ(tx) < 4.5, "z " + maxZ(tx));
            };
        };
        BY_KIND.get(kind).forEach(property);
    }

    private void floodsOneBinOfABusyAccount(Tx tx) {
        Map<String, Long> byAccountAndDigits = tx.entries().stream().collect(Collectors.groupingBy(
                entry -> entry.account() + " " + ControlPointProbe.firstTwoDigits(entry.absCents()),
                Collectors.counting()));
        Map.Entry<String, Long> flooded = byAccountAndDigits.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        assertEquals(30, flooded.getValue());
        String account = flooded.getKey().split(" ")[0];
        int digits = Integer.parseInt(flooded.getKey().split(" ")[1]);
        ControlPointProbe.Benford benford = PROBE.benford(account);
        assertTrue(benford.mad >= 0.0022, "MAD " + benford.mad);
        assertTrue(benford.ratio(digits) >= 3, "ratio " + benford.ratio(digits));
    }

    private static boolean isWeekend(DayOfWeek day) {
        return day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY;
    }

    private static long maxCents(Tx tx) {
        return tx.entries().stream().mapToLong(Entry::absCents).max().orElseThrow();
    }

    private static double maxZ(Tx tx) {
        return tx.entries().stream().mapToDouble(PROBE::absZ).max().orElseThrow();
    }

    @Test
    void theLabelledUsersAreAllDifferentPeople() {
        List<String> outsiders = BY_KIND.get(AnomalyKind.UNUSUAL_USER).stream().map(Tx::user).toList();
        assertEquals(outsiders.size(), Set.copyOf(outsiders).size());
        assertFalse(outsiders.isEmpty());
    }
}
