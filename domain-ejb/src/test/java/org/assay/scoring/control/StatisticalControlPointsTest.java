package org.assay.scoring.control;

import static org.assay.scoring.control.ControlPoint.BENFORD_2D;
import static org.assay.scoring.control.ControlPoint.OUTLIER_ANOMALY;
import static org.assay.scoring.control.ControlPoint.RARE_FLOW;
import static org.assay.scoring.control.ControlPoint.UNUSUAL_AMOUNT;
import static org.assay.scoring.control.ControlPoint.UNUSUAL_USER;
import static org.assay.scoring.control.EntryRulesTest.lineScores;
import static org.assay.scoring.control.EntryRulesTest.transactionScores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The statistical and machine-learning control points (CP 10–14) on hand-made ledgers. */
class StatisticalControlPointsTest {

    @Test
    void unusualAmountIsARobustZScoreOfLogAmounts() {
        // x = log10(dollars): 1, 1, 2, 2, 2, 2, 2, 3, 3, 6 → median 2, MAD 0.5 (account below 30 lines: global).
        long[] dollars = {10, 10, 100, 100, 100, 100, 100, 1_000, 1_000, 1_000_000};
        TinyLedger ledger = new TinyLedger();
        for (int i = 0; i < dollars.length; i++) {
            ledger.tx("T" + i).debit("1000", dollars[i] * 100);
        }
        int[] scores = lineScores(ledger.score(), UNUSUAL_AMOUNT);
        // z = 0.6745 × 4 / 0.5 = 5.396 → (5.396 − 3) / 3 = 0.7987; every other |z| ≤ 1.35 → 0.
        assertArrayEquals(new int[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 7987}, scores);
    }

    @Test
    void rareFlowsScoreByHowManyTransactionsHoldThem() {
        TinyLedger ledger = new TinyLedger();
        for (int i = 0; i < 7; i++) {
            ledger.tx("common " + i).debit("1000", (100 + i) * 100L).credit("2000", (100 + i) * 100L);
        }
        ledger.tx("rare").debit("1000", 100_00).credit("3000", 100_00);
        // Pairing by equal amounts: 4000 → 2000 and 5000 → 3000, never 4000 → 3000.
        ledger.tx("paired").debit("4000", 30_00).debit("5000", 20_00).credit("3000", 20_00).credit("2000", 30_00);
        ScoreSheet sheet = ledger.score();
        int[] scores = transactionScores(sheet, RARE_FLOW);
        // f = 7 → 1 − ln 7 / ln 50 = 0.5026; f = 1 → 1.
        assertEquals(5026, scores[0]);
        assertEquals(10000, scores[7]);
        assertEquals(10000, scores[8]);
        assertFalse(sheet.unknownFlow(8));
    }

    @Test
    void orphansSpreadOverEachOtherAndUnmatchedMoneyFlowsToUnknown() {
        TinyLedger ledger = new TinyLedger()
                .tx("spread").debit("1000", 150_00).credit("2000", 100_00).credit("3000", 50_00)
                .tx("spread again").debit("1000", 150_00).credit("2000", 100_00).credit("3000", 50_00)
                .tx("unbalanced").debit("1000", 100_00).credit("2000", 90_00)
                .tx("one-sided").debit("1000", 100_00);
        ScoreSheet sheet = ledger.score();
        assertFalse(sheet.unknownFlow(0));
        assertTrue(sheet.unknownFlow(2));
        assertTrue(sheet.unknownFlow(3));
        // 1000 → 2000 is in three transactions (ln 3 / ln 50 = 0.2808), 1000 → 3000 in two (0.1772).
        assertArrayEquals(new int[] {8228, 8228, 7192, 0}, transactionScores(sheet, RARE_FLOW));
    }

    @Test
    void unusualUserFlagsRareUsersAndRarePairsOnBusyAccounts() {
        TinyLedger ledger = new TinyLedger();
        int n = 0;
        n = post(ledger, n, "clerk", "1000", 200);
        n = post(ledger, n, "senior", "1000", 2);
        n = post(ledger, n, "senior", "3000", 30);
        n = post(ledger, n, "third", "4000", 4);
        n = post(ledger, n, "third", "5000", 20);
        post(ledger, n, "visitor", "5000", 1);
        int[] scores = lineScores(ledger.score(), UNUSUAL_USER);
        assertEquals(0, scores[0], "clerk on their own account");
        assertEquals(10000, scores[200], "senior: 2 lines on an account of 202");
        assertEquals(0, scores[202], "senior on their own account");
        assertEquals(5000, scores[232], "third: 4 lines on a quiet account");
        assertEquals(0, scores[236], "third on their own account");
        assertEquals(10000, scores[256], "visitor: 1 line of 257, under 0.5 % and under 20");
    }

    private static int post(TinyLedger ledger, int first, String user, String account, int lines) {
        for (int i = 0; i < lines; i++) {
            ledger.tx("U" + (first + i)).user(user).debit(account, 123_45);
        }
        return first + lines;
    }

    @Test
    void benfordFlagsAnOverrepresentedDigitPairOfANonconformingPopulation() {
        TinyLedger ledger = new TinyLedger().tx("T");
        for (int i = 0; i < 999; i++) {
            ledger.debit("1000", 12_34);
        }
        ledger.debit("1000", 50_00).debit("1000", 9_99);
        int[] scores = lineScores(ledger.score(), BENFORD_2D);
        // obs(12) = 0.999 against exp 0.0348: MAD 0.0214 ≫ 0.0022 and r = 28.7 ≫ 3; obs(50) = 0.001 < exp.
        assertEquals(10000, scores[0]);
        assertEquals(0, scores[999]);
        assertEquals(0, scores[1000], "below 10.00");
    }

    @Test
    void benfordLeavesPopulationsUnder1000AmountsUnjudged() {
        TinyLedger ledger = new TinyLedger().tx("T");
        for (int i = 0; i < 999; i++) {
            ledger.debit("1000", 12_34);
        }
        assertEquals(0, Arrays.stream(lineScores(ledger.score(), BENFORD_2D)).max().orElseThrow());
    }

    @Test
    void outlierAnomalyIsolatesTheOneOddTransaction() {
        TinyLedger ledger = new TinyLedger();
        for (int i = 0; i < 400; i++) {
            String day = "2025-03-" + (10 + i % 5);
            long cents = 100_00 + 37 * i;
            ledger.tx("N" + i).on(day).entered(day).user("clerk").debit("1000", cents).credit("2000", cents);
        }
        ledger.tx("odd").on("2025-03-03").entered("2025-03-21").user("clerk");
        for (int i = 0; i < 12; i++) {
            ledger.debit("1000", 7_000_000_00L + i).credit("2000", 7_000_000_00L + i);
        }
        int[] scores = transactionScores(ledger.score(), OUTLIER_ANOMALY);
        assertTrue(scores[400] >= 5000, "odd one " + scores[400]);
        long quiet = Arrays.stream(scores, 0, 400).filter(score -> score == 0).count();
        assertTrue(quiet >= 360, "normal transactions scoring 0: " + quiet);
    }

    @Test
    void averagePathLengthFollowsTheBinarySearchTreeFormula() {
        assertEquals(0, IsolationForest.averagePath(1));
        assertEquals(1, IsolationForest.averagePath(2));
        assertEquals(10.2448, IsolationForest.averagePath(256), 1e-4);
    }
}
