package org.assay.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.testkit.ledger.Ledger.Entry;
import org.assay.testkit.ledger.Ledger.Tx;
import org.junit.jupiter.api.Test;

/** Normal transactions of the default 50,000-line ledger stay clear of the control points. */
class NormalTransactionsTest {

    private static final Ledger LEDGER = TestLedgers.default50k().ledger();
    private static final List<Tx> NORMAL = LEDGER.normal();
    private static final ControlPointProbe PROBE = new ControlPointProbe(LEDGER, TestLedgers.DEFAULT_50K);
    private static final Map<AnomalyKind, Integer> FAILURES = failures();

    private static Map<AnomalyKind, Integer> failures() {
        Map<AnomalyKind, Integer> failures = new EnumMap<>(AnomalyKind.class);
        for (Tx tx : NORMAL) {
            PROBE.failures(tx).forEach(kind -> failures.merge(kind, 1, Integer::sum));
        }
        return failures;
    }

    @Test
    void noRuleButManualEntryFails() {
        for (AnomalyKind rule : Set.of(AnomalyKind.UNBALANCED_TX, AnomalyKind.WEEKEND_HOLIDAY,
                AnomalyKind.PERIOD_END_TIMING, AnomalyKind.ROUND_AMOUNT, AnomalyKind.HIGH_VALUE,
                AnomalyKind.MEMO_KEYWORD, AnomalyKind.REVERSAL)) {
            assertEquals(0, FAILURES.getOrDefault(rule, 0), rule.name());
        }
    }

    @Test
    void onlyAdjustmentsAreManualJournals() {
        double manual = FAILURES.get(AnomalyKind.MANUAL_ENTRY) / (double) NORMAL.size();
        assertEquals(0.05, manual, 0.01);
        NORMAL.stream().filter(tx -> tx.type().equals("GJ")).forEach(tx -> assertTrue(tx.user().endsWith(
                " - Accountant"), tx.toString()));
    }

    @Test
    void statisticalControlPointsFailRarely() {
        assertEquals(0, FAILURES.getOrDefault(AnomalyKind.RARE_FLOW, 0), "rare flows");
        assertEquals(0, FAILURES.getOrDefault(AnomalyKind.UNUSUAL_USER, 0), "unusual users");
        assertTrue(share(AnomalyKind.UNUSUAL_AMOUNT) < 0.001, "unusual amounts " + share(AnomalyKind.UNUSUAL_AMOUNT));
        // The DUPLICATE anomaly's originals, and amounts equal by chance on a busy day.
        assertTrue(share(AnomalyKind.DUPLICATE) < 0.002, "duplicates " + share(AnomalyKind.DUPLICATE));
        // Sampling noise alone puts the MAD of a 1,000–2,000-line account near 0.0022 (≈ 0.08/√n).
        assertTrue(share(AnomalyKind.BENFORD_2D) < 0.005, "Benford " + share(AnomalyKind.BENFORD_2D));
    }

    @Test
    void datesAreOrdinary() {
        long weekendLines = 0;
        long lines = 0;
        for (Tx tx : NORMAL) {
            lines += tx.entries().size();
            if (ControlPointProbe.isWeekendOrHoliday(tx.effective())
                    || ControlPointProbe.isWeekendOrHoliday(tx.entered())) {
                weekendLines += tx.entries().size();
            }
            // Up to 3 business days later, which a holiday weekend stretches to 6 calendar days.
            long lag = ChronoUnit.DAYS.between(tx.effective(), tx.entered());
            assertTrue(lag >= 0 && lag <= 6 && !ControlPointProbe.isBackdated(tx), tx.toString());
            assertFalse(PROBE.isYearEndWindow(tx.effective()), tx.toString());
        }
        assertTrue(weekendLines < 0.01 * lines, weekendLines + " weekend lines");
    }

    @Test
    void amountsAreRarelyRoundAndNeverMaterial() {
        long roundHundreds = 0;
        long lines = 0;
        for (Tx tx : NORMAL) {
            for (Entry entry : tx.entries()) {
                lines++;
                assertFalse(Amounts.isWholeThousands(entry.absCents()), tx.toString());
                assertTrue(entry.absCents() < TestLedgers.DEFAULT_50K.materialityCents(), tx.toString());
                if (Amounts.isWholeHundreds(entry.absCents())) {
                    roundHundreds++;
                }
            }
        }
        assertTrue(roundHundreds > 0 && roundHundreds < 0.01 * lines, roundHundreds + " whole hundreds");
    }

    @Test
    void memosHoldNoSuspiciousKeyword() {
        NORMAL.forEach(tx -> assertFalse(MemoKeywords.containsKeyword(tx.memo()), tx.memo()));
    }

    private static double share(AnomalyKind controlPoint) {
        return FAILURES.getOrDefault(controlPoint, 0) / (double) NORMAL.size();
    }
}
