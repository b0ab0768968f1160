package org.assay.scoring.control;

import static org.assay.scoring.control.ControlPoint.DUPLICATE;
import static org.assay.scoring.control.ControlPoint.MANUAL_ENTRY;
import static org.assay.scoring.control.ControlPoint.REVERSAL;
import static org.assay.scoring.control.ControlPoint.UNBALANCED_TX;
import static org.assay.scoring.control.EntryRulesTest.lineScores;
import static org.assay.scoring.control.EntryRulesTest.transactionScores;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The rule control points about whole transactions (CP 1, 6, 8, 9), one hand-made ledger each. */
class TransactionRulesTest {

    @Test
    void unbalancedAllowsOneCentPerLine() {
        TinyLedger ledger = new TinyLedger()
                .tx("off by 3 cents").debit("1000", 100_00).credit("2000", 99_97)
                .tx("off by 2 cents").debit("1000", 100_00).credit("2000", 99_98)
                .tx("one line off by 1 cent").debit("1000", 1);
        assertArrayEquals(new int[] {10000, 0, 0}, transactionScores(ledger.score(), UNBALANCED_TX));
    }

    @Test
    void manualEntryIsInheritedByEveryLine() {
        TinyLedger ledger = new TinyLedger()
                .tx("journal").source("je").debit("1000", 100_00).credit("2000", 100_00)
                .tx("payables").source("AP").debit("1000", 100_00).credit("2000", 100_00);
        ScoreSheet sheet = ledger.score();
        assertArrayEquals(new int[] {10000, 0}, transactionScores(sheet, MANUAL_ENTRY));
        assertArrayEquals(new int[] {10000, 10000, 0, 0}, lineScores(sheet, MANUAL_ENTRY));
    }

    @Test
    void manualEntryIsNotApplicableWithoutSources() {
        ScoreSheet sheet = new TinyLedger().tx("T").debit("1000", 100_00).credit("2000", 100_00).score();
        assertFalse(sheet.applicable(MANUAL_ENTRY));
        assertTrue(sheet.applicable(UNBALANCED_TX));
    }

    @Test
    void duplicateEntriesShareAccountSideAmountAndDay() {
        TinyLedger ledger = new TinyLedger()
                .tx("A").debit("1000", 250_00).credit("2000", 250_00)
                .tx("B").debit("1000", 250_00).credit("3000", 250_00)
                .tx("C").credit("1000", 250_00).debit("3000", 250_00)
                .tx("D").on("2025-03-13").debit("1000", 250_00).credit("4000", 250_00);
        ScoreSheet sheet = ledger.score();
        // Only the debits of 1000 on 12 March repeat: C's line is a credit, D's another day.
        assertArrayEquals(new int[] {10000, 0, 10000, 0, 0, 0, 0, 0}, lineScores(sheet, DUPLICATE));
        assertArrayEquals(new int[] {10000, 10000, 0, 0}, transactionScores(sheet, DUPLICATE));
    }

    @Test
    void duplicateTransactionsRepeatTheirLinesWithinThreeDays() {
        TinyLedger ledger = new TinyLedger()
                .tx("original").on("2025-03-10").debit("1000", 250_00).credit("2000", 250_00)
                .tx("three days later").on("2025-03-13").credit("2000", 250_00).debit("1000", 250_00)
                .tx("other").on("2025-04-10").debit("1000", 300_00).credit("2000", 300_00)
                .tx("four days later").on("2025-04-14").debit("1000", 300_00).credit("2000", 300_00);
        assertArrayEquals(new int[] {10000, 10000, 0, 0}, transactionScores(ledger.score(), DUPLICATE));
    }

    @Test
    void reversalsStraddlingAPeriodEndScoreFully() {
        TinyLedger ledger = new TinyLedger()
                .tx("transfer").on("2025-03-20").debit("1000", 500_00).credit("2000", 500_00)
                .tx("undone in April").on("2025-04-05").debit("2000", 500_00).credit("1000", 500_00)
                .tx("accrual").on("2025-05-05").debit("3000", 70_00).credit("4000", 70_00)
                .tx("undone in May").on("2025-05-25").debit("4000", 70_00).credit("3000", 70_00)
                .tx("payment").on("2025-06-02").debit("5000", 90_00).credit("6000", 90_00)
                .tx("undone 46 days later").on("2025-07-18").debit("6000", 90_00).credit("5000", 90_00);
        assertArrayEquals(new int[] {0, 10000, 0, 5000, 0, 0}, transactionScores(ledger.score(), REVERSAL));
    }
}
