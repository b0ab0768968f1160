package org.assay.scoring.control;

import static org.assay.scoring.control.ControlPoint.PERIOD_END_TIMING;
import static org.assay.scoring.control.ControlPoint.WEEKEND_HOLIDAY;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.io.ByteArrayInputStream;
import java.util.stream.IntStream;
import org.assay.ingestion.control.IngestionRequest;
import org.assay.ingestion.control.LedgerParser;
import org.assay.testkit.ledger.GeneralLedgerGenerator;
import org.assay.testkit.ledger.Settings;
import org.junit.jupiter.api.Test;

/**
 * Combining scores into risk (analytics.md §5.4) on a quiet ledger: sixty ordinary payables by one clerk, a
 * Saturday posting and a month-end posting, where nothing else fails.
 */
class RiskCombinationTest {

    /** A materiality far above every amount: HIGH_VALUE would otherwise take the ledger's top 0.5 %. */
    private static final ScoringSettings SETTINGS = TinyLedger.SETTINGS.withMaterialityCents(1_000_000_00);
    private static final int ORDINARY = 200;
    private static final int SATURDAY = ORDINARY;
    private static final int MONTH_END = ORDINARY + 1;

    /** Weekdays of March 2025 away from its end, cycled through by the ordinary postings. */
    private static final LocalDate[] WEEKDAYS = IntStream.rangeClosed(3, 27).mapToObj(day -> LocalDate.of(2025, 3, day))
            .filter(date -> date.getDayOfWeek().getValue() <= 5).toArray(LocalDate[]::new);

    /**
     * Ordinary postings entered 0–4 days after they take effect, never on a weekend; the Saturday posting takes
     * effect on a Thursday and is entered two days later, so no single feature sets it apart for the isolation
     * forest. Amounts climb by 1.07 and the two special postings sit between them.
     */
    private static TinyLedger quietLedger(boolean optionalColumns) {
        TinyLedger ledger = new TinyLedger();
        for (int i = 0; i < ORDINARY + 2; i++) {
            LocalDate effective = WEEKDAYS[i % WEEKDAYS.length];
            LocalDate entered = effective.plusDays(i % (6 - effective.getDayOfWeek().getValue()));
            long cents = 1_234_56 + 1_07L * i;
            if (i == SATURDAY) {
                effective = LocalDate.of(2025, 3, 13);
                entered = LocalDate.of(2025, 3, 15);
                cents = 1_234_56 + 1_07L * 100 + 53;
            } else if (i == MONTH_END) {
                effective = LocalDate.of(2025, 3, 31);
                entered = effective;
                cents = 1_234_56 + 1_07L * 50 + 53;
            }
            ledger.tx("P" + i).on(effective.toString()).entered(entered.toString());
            if (optionalColumns) {
                ledger.user("clerk").source("AP").memo("Invoice " + (1000 + i));
            }
            ledger.debit("5000", cents).credit("2000", cents);
        }
        return ledger;
    }

    @Test
    void aSaturdayLineScoresWeekendAloneAmongTheRules() {
        ScoreSheet sheet = quietLedger(true).score(SETTINGS);
        for (ControlPoint controlPoint : ControlPoint.values()) {
            assertTrue(sheet.applicable(controlPoint), controlPoint + " applicable");
            int expected = controlPoint == WEEKEND_HOLIDAY ? 10000 : 0;
            if (controlPoint != ControlPoint.OUTLIER_ANOMALY) {
                assertEquals(expected, sheet.transactionScore(controlPoint, SATURDAY), controlPoint.name());
            }
        }
        // On so small a ledger the isolation forest is not quiet: its own score joins the weighted sum.
        int outlier = sheet.transactionScore(ControlPoint.OUTLIER_ANOMALY, SATURDAY);
        long weighted = 5L * 10000 + 20L * outlier;
        assertEquals((2 * weighted + 115) / 230, sheet.transactionRisk(SATURDAY), "Σ w·s / 115, half up");
        assertEquals(sheet.transactionRisk(SATURDAY), sheet.lineRisk(2 * SATURDAY));
        assertEquals(526, quietLedger(true).score(SETTINGS.withWeight(ControlPoint.OUTLIER_ANOMALY, 0))
                .transactionRisk(SATURDAY), "round(10000 × 5 / 95)");
    }

    @Test
    void missingColumnsLeaveTheDenominator() {
        ScoreSheet sheet = quietLedger(false).score(SETTINGS.withWeight(ControlPoint.OUTLIER_ANOMALY, 0));
        assertFalse(sheet.applicable(ControlPoint.UNUSUAL_USER));
        assertFalse(sheet.applicable(ControlPoint.MANUAL_ENTRY));
        assertFalse(sheet.applicable(ControlPoint.MEMO_KEYWORD));
        assertEquals(10000, sheet.transactionScore(WEEKEND_HOLIDAY, SATURDAY));
        assertEquals(667, sheet.transactionRisk(SATURDAY), "round(10000 × 5 / (115 − 20 − 10 − 5 − 5))");
    }

    @Test
    void weightZeroMeansNotRunAndHalvesRoundUp() {
        ScoringSettings settings = SETTINGS.withWeight(ControlPoint.OUTLIER_ANOMALY, 0)
                .withWeight(ControlPoint.RARE_FLOW, 0).withWeight(WEEKEND_HOLIDAY, 0);
        ScoreSheet sheet = quietLedger(true).score(settings);
        assertFalse(sheet.applicable(WEEKEND_HOLIDAY));
        assertEquals(0, sheet.transactionScore(WEEKEND_HOLIDAY, SATURDAY));
        assertEquals(0, sheet.transactionRisk(SATURDAY));
        assertEquals(5000, sheet.transactionScore(PERIOD_END_TIMING, MONTH_END));
        assertEquals(333, sheet.transactionRisk(MONTH_END), "5 × 5000 / 75 = 333.3");
        ScoreSheet denominator80 = quietLedger(true).score(SETTINGS
                .withWeight(ControlPoint.OUTLIER_ANOMALY, 0).withWeight(ControlPoint.RARE_FLOW, 0));
        assertEquals(313, denominator80.transactionRisk(MONTH_END), "5 × 5000 / 80 = 312.5, half up");
    }

    @Test
    void sameLedgerAndSeedGiveIdenticalScores() throws Exception {
        StringWriter gl = new StringWriter();
        GeneralLedgerGenerator.write(Settings.defaults(20_000), gl, new StringWriter());
        ScoreSheet first = new ScoringEngine().score(parse(gl.toString()), TinyLedger.SETTINGS);
        ScoreSheet second = new ScoringEngine().score(parse(gl.toString()), TinyLedger.SETTINGS);
        for (ControlPoint controlPoint : ControlPoint.values()) {
            assertArrayEquals(EntryRulesTest.lineScores(first, controlPoint),
                    EntryRulesTest.lineScores(second, controlPoint), controlPoint.name());
        }
        assertArrayEquals(IntStream.range(0, first.transactionCount()).map(first::transactionRisk).toArray(),
                IntStream.range(0, second.transactionCount()).map(second::transactionRisk).toArray());
        assertTrue(IntStream.range(0, first.transactionCount())
                .anyMatch(tx -> first.transactionScore(ControlPoint.OUTLIER_ANOMALY, tx) > 0));
    }

    private static Ledger parse(String csv) throws Exception {
        LedgerBuilder builder = new LedgerBuilder();
        new LedgerParser().parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
                IngestionRequest.forPeriod(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), builder);
        return builder.build();
    }
}
