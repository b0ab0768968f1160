package org.assay.scoring.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.assay.ingestion.control.IngestionRequest;
import org.assay.ingestion.control.LedgerParser;
import org.assay.testkit.ledger.GeneralLedgerGenerator;
import org.assay.testkit.ledger.Settings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The engine on a seeded 200,000-line synthetic ledger with labelled anomalies (one kind per control point): each
 * control point fails on most transactions injected with its kind, and transaction risk ranks injected
 * transactions above normal ones.
 */
class GeneratedLedgerScoringTest {

    private static final int LINES = 200_000;
    private static final double MIN_DETECTION_RATE = 0.8;
    private static final double MIN_AUC = 0.95;

    private static Ledger ledger;
    private static ScoreSheet sheet;
    /** Transaction index → injected kind, for the labelled transactions only. */
    private static Map<Integer, ControlPoint> injected;

    @BeforeAll
    static void scoreGeneratedLedger(@TempDir Path directory) throws IOException, SQLException {
        Path gl = directory.resolve("gl.csv");
        Path labels = directory.resolve("labels.csv");
        GeneralLedgerGenerator.write(Settings.defaults(LINES), gl, labels);
        LedgerBuilder builder = new LedgerBuilder();
        try (InputStream in = Files.newInputStream(gl)) {
            new LedgerParser().parse(in, IngestionRequest.forPeriod(LocalDate.of(2024, 1, 1),
                    LocalDate.of(2026, 12, 31)), builder);
        }
        ledger = builder.build();
        sheet = new ScoringEngine().score(ledger, ScoringSettings.defaults(MonthDay.of(12, 31), 42)
                .withMaterialityCents(100_000_000));
        injected = readLabels(labels);
    }

    private static Map<Integer, ControlPoint> readLabels(Path labels) throws IOException {
        Map<String, Integer> byName = new HashMap<>();
        for (int tx = 0; tx < ledger.transactionCount(); tx++) {
            byName.put(ledger.transactionName(tx), tx);
        }
        Map<Integer, ControlPoint> kinds = new HashMap<>();
        List<String> rows = Files.readAllLines(labels);
        for (String row : rows.subList(1, rows.size())) {
            String[] fields = row.split(",");
            kinds.put(byName.get(fields[0]), ControlPoint.valueOf(fields[1]));
        }
        return kinds;
    }

    @Test
    void scoresEveryLine() {
        assertTrue(ledger.lineCount() == LINES, "lines " + ledger.lineCount());
        assertTrue(injected.size() > 14 * 5, "labelled " + injected.size());
    }

    @ParameterizedTest
    @EnumSource(ControlPoint.class)
    void eachControlPointFailsOnMostOfItsInjectedTransactions(ControlPoint controlPoint) {
        List<Integer> mine = injected.entrySet().stream().filter(e -> e.getValue() == controlPoint)
                .map(Map.Entry::getKey).toList();
        long failed = mine.stream().filter(tx -> controlPoint.failed(sheet.transactionScore(controlPoint, tx)))
                .count();
        double rate = (double) failed / mine.size();
        System.out.printf("%-18s fails on %d of %d injected (%.1f %%)%n", controlPoint, failed, mine.size(),
                100 * rate);
        assertTrue(rate >= MIN_DETECTION_RATE, controlPoint + " detection rate " + rate);
    }

    @Test
    void riskRanksInjectedTransactionsAboveNormalOnes() {
        List<Integer> anomalous = new ArrayList<>();
        List<Integer> normal = new ArrayList<>();
        for (int tx = 0; tx < ledger.transactionCount(); tx++) {
            (injected.containsKey(tx) ? anomalous : normal).add(sheet.transactionRisk(tx));
        }
        double auc = RiskRanking.areaUnderRocCurve(anomalous, normal);
        double precision = RiskRanking.precisionInTop(sheet, injected.keySet(), 0.01);
        System.out.printf("AUC %.4f, precision in the top 1 %% by risk %.3f (%d anomalies, %d normal)%n", auc,
                precision, anomalous.size(), normal.size());
        assertTrue(auc >= MIN_AUC, "AUC " + auc);
    }
}
