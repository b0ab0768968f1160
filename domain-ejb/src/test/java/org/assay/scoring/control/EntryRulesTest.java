package org.assay.scoring.control;

import static org.assay.scoring.control.ControlPoint.HIGH_VALUE;
import static org.assay.scoring.control.ControlPoint.MEMO_KEYWORD;
import static org.assay.scoring.control.ControlPoint.PERIOD_END_TIMING;
import static org.assay.scoring.control.ControlPoint.ROUND_AMOUNT;
import static org.assay.scoring.control.ControlPoint.WEEKEND_HOLIDAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.LocalDate;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The rule control points scored per line (CP 2, 3, 4, 5, 7), one hand-made ledger each. */
class EntryRulesTest {

    @Test
    void weekendOrHolidayUsesTheEnteredDateWhenThereIsOne() {
        TinyLedger ledger = new TinyLedger()
                .tx("saturday").on("2025-03-15").debit("1000", 123_45)
                .tx("entered on a monday").on("2025-03-15").entered("2025-03-17").debit("1000", 123_45)
                .tx("entered on a sunday").on("2025-03-14").entered("2025-03-16").debit("1000", 123_45)
                .tx("wednesday").debit("1000", 123_45)
                .tx("holiday").on("2025-07-04").debit("1000", 123_45);
        ScoreSheet sheet = ledger.score(TinyLedger.SETTINGS.withHolidays(Set.of(LocalDate.of(2025, 7, 4))));
        assertArrayEquals(new int[] {10000, 0, 10000, 0, 10000}, lineScores(sheet, WEEKEND_HOLIDAY));
    }

    @Test
    void periodEndTimingTakesTheHighestSubRule() {
        TinyLedger ledger = new TinyLedger()
                .tx("year end").on("2025-12-29").debit("1000", 123_45)
                .tx("third of January").on("2026-01-03").debit("1000", 123_45)
                .tx("fourth of January").on("2026-01-04").debit("1000", 123_45)
                .tx("penultimate of March").on("2025-03-30").debit("1000", 123_45)
                .tx("third-last of March").on("2025-03-29").debit("1000", 123_45)
                .tx("entered 31 days later").on("2025-03-10").entered("2025-04-10").debit("1000", 123_45)
                .tx("entered 30 days later").on("2025-03-03").entered("2025-04-02").debit("1000", 123_45)
                .tx("entered 6 days after period end").on("2025-03-31").entered("2025-04-06").debit("1000", 123_45)
                .tx("entered 5 days after period end").on("2025-03-31").entered("2025-04-05").debit("1000", 123_45);
        assertArrayEquals(new int[] {10000, 10000, 0, 5000, 0, 10000, 0, 10000, 5000},
                lineScores(ledger.score(), PERIOD_END_TIMING));
    }

    @Test
    void roundAmountsScoreWholeThousandsFullyAndWholeHundredsHalf() {
        TinyLedger ledger = new TinyLedger().tx("T")
                .debit("1000", 2_000_00).debit("1000", 1_500_00).debit("1000", 100_00).debit("1000", 1_000_50)
                .debit("1000", 50_00).debit("1000", 0).credit("2000", 1_000_00);
        ScoreSheet sheet = ledger.score();
        assertArrayEquals(new int[] {10000, 5000, 5000, 0, 0, 0, 10000}, lineScores(sheet, ROUND_AMOUNT));
        assertEquals(10000, sheet.transactionScore(ROUND_AMOUNT, 0), "the transaction takes its lines' maximum");
    }

    @Test
    void highValueComparesWithMateriality() {
        TinyLedger ledger = new TinyLedger().tx("T").debit("1000", 1_000_00).credit("2000", 999_99);
        assertArrayEquals(new int[] {10000, 0},
                lineScores(ledger.score(TinyLedger.SETTINGS.withMaterialityCents(1_000_00)), HIGH_VALUE));
    }

    @Test
    void highValueWithoutMaterialityTakesTheNearestRank995thPercentile() {
        TinyLedger ledger = new TinyLedger().tx("T");
        for (int cents = 1; cents <= 200; cents++) {
            ledger.debit("1000", cents * 101L);
        }
        int[] scores = lineScores(ledger.score(), HIGH_VALUE);
        // rank ⌈0.995 × 200⌉ = 199: the amounts 199 × 1.01 and 200 × 1.01 fail.
        assertEquals(10000, scores[198]);
        assertEquals(10000, scores[199]);
        assertEquals(0, scores[197]);
    }

    @Test
    void memoKeywordsMatchWholeWordsAndBlankManualMemosScoreHalf() {
        TinyLedger ledger = new TinyLedger()
                .tx("keyword").source("AP").memo("Reclass to suspense").debit("1000", 123_45)
                .tx("inside a word").source("AP").memo("Cashmere sweaters").debit("1000", 123_45)
                .tx("phrase").source("AP").memo("Write-off of bad debt").debit("1000", 123_45)
                .tx("blank manual").source("JE").debit("1000", 123_45)
                .tx("blank system").source("AP").memo("  ").debit("1000", 123_45);
        assertArrayEquals(new int[] {10000, 0, 10000, 5000, 0}, lineScores(ledger.score(), MEMO_KEYWORD));
    }

    @Test
    void memoKeywordIsNotApplicableWithoutMemos() {
        ScoreSheet sheet = new TinyLedger().tx("T").source("JE").debit("1000", 123_45).score();
        assertFalse(sheet.applicable(MEMO_KEYWORD));
        assertEquals(0, sheet.lineScore(MEMO_KEYWORD, 0));
    }

    static int[] lineScores(ScoreSheet sheet, ControlPoint controlPoint) {
        return IntStream.range(0, sheet.lineCount()).map(line -> sheet.lineScore(controlPoint, line)).toArray();
    }

    static int[] transactionScores(ScoreSheet sheet, ControlPoint controlPoint) {
        return IntStream.range(0, sheet.transactionCount()).map(tx -> sheet.transactionScore(controlPoint, tx))
                .toArray();
    }
}
