package org.assay.testkit.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The small pieces whose rules are easy to get wrong. */
class BuildingBlocksTest {

    @Test
    void aLineCountNeverLeavesASingleLineOfBudget() {
        assertEquals(4, LineCountDistribution.fit(4, 60, 100));
        assertEquals(3, LineCountDistribution.fit(4, 60, 3));
        assertEquals(5, LineCountDistribution.fit(4, 60, 5), "4 would leave 1: take all 5");
        assertEquals(0, LineCountDistribution.fit(2, 2, 3), "a transfer cannot fill 3 lines");
        assertEquals(2, LineCountDistribution.fit(3, 3, 4), "3 would leave 1, 4 is too many: take 2");
        assertEquals(0, LineCountDistribution.fit(2, 60, 1));
    }

    @Test
    void totalsOfNormalTransactionsAreNeverWholeThousands() {
        long[] parts = {50_00, 50_00};
        long total = Amounts.keepTotalOffRound(parts);
        assertEquals(Amounts.sum(parts), total);
        assertFalse(Amounts.isWholeThousands(total));
        long[] mixed = {400_00, 599_99, 1};
        total = Amounts.keepTotalOffRound(mixed);
        assertFalse(Amounts.isWholeHundreds(total));
        assertEquals(Amounts.sum(mixed), total);
        long[] oneRoundPart = {300_00};
        assertEquals(300_00, Amounts.keepTotalOffRound(oneRoundPart), "round bias may stand alone");
    }

    @Test
    void roundAmountsAreWholeThousands() {
        assertEquals(1_000_00, Amounts.wholeThousands(123_45));
        assertEquals(25_000_00, Amounts.wholeThousands(24_612_00));
        assertTrue(Amounts.isWholeThousands(3_000_00));
        assertFalse(Amounts.isWholeThousands(3_100_00));
    }

    @Test
    void fieldsAreQuotedOnlyWhenTheyMustBe() {
        assertEquals("plain text", CsvLineWriter.field("plain text"));
        assertEquals("\"a, b\"", CsvLineWriter.field("a, b"));
        assertEquals("\"say \"\"hi\"\"\"", CsvLineWriter.field("say \"hi\""));
    }

    @Test
    void keywordsMatchWholeWordsOnly() {
        assertTrue(MemoKeywords.containsKeyword("Cash withdrawal 1234"));
        assertTrue(MemoKeywords.containsKeyword("Reclass per CFO"));
        assertTrue(MemoKeywords.containsKeyword("write off old balance"));
        assertFalse(MemoKeywords.containsKeyword("Cashmere supplies"));
        assertFalse(MemoKeywords.containsKeyword("Fixed asset addition"));
    }

    @Test
    void holidaysIncludeTheMovableOnes() {
        assertTrue(Holidays.isHoliday(LocalDate.of(2025, 11, 27)), "Thanksgiving");
        assertTrue(Holidays.isHoliday(LocalDate.of(2025, 5, 26)), "Memorial Day");
        assertTrue(Holidays.isHoliday(LocalDate.of(2025, 9, 1)), "Labor Day");
        assertFalse(Holidays.isHoliday(LocalDate.of(2025, 12, 26)));
        assertEquals(6, Holidays.between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)).size());
    }

    @Test
    void theSameSeedDrawsTheSameNumbers() {
        SeededRandom a = new SeededRandom(7);
        SeededRandom b = new SeededRandom(7);
        for (int i = 0; i < 100; i++) {
            assertEquals(a.nextGaussian(), b.nextGaussian());
            assertEquals(a.nextLong(), b.nextLong());
        }
    }
}
