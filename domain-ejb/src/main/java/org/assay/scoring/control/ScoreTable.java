package org.assay.scoring.control;

import java.util.EnumMap;
import java.util.Map;

/**
 * The {@link ScoreSheet} of one run, held as short arrays: per control point the scores of its own level, plus the
 * other level derived by the MindBridge rules (analytics.md §1.3, §5.4): a line inherits its transaction's
 * transaction-level scores, and a transaction takes the maximum over its lines of each entry-level score. Risks are
 * computed once, from the line and the transaction vectors.
 */
final class ScoreTable implements ScoreSheet {

    private final Ledger ledger;
    /** Indexed by control point ordinal; null where the control point is not applicable. */
    private final short[][] byLine = new short[ControlPoint.values().length][];
    private final short[][] byTransaction = new short[ControlPoint.values().length][];
    private final int[] weights = new int[ControlPoint.values().length];
    private final int[] lineRisk;
    private final int[] transactionRisk;
    private final boolean[] unknownFlow;

    ScoreTable(Ledger ledger, Map<ControlPoint, short[]> scores, EnumMap<ControlPoint, Integer> applicableWeights,
            boolean[] unknownFlow) {
        this.ledger = ledger;
        this.unknownFlow = unknownFlow;
        scores.forEach((controlPoint, values) -> {
            int cp = controlPoint.ordinal();
            weights[cp] = applicableWeights.get(controlPoint);
            if (controlPoint.level() == ControlPoint.Level.ENTRY) {
                byLine[cp] = values;
                byTransaction[cp] = maximumPerTransaction(values);
            } else {
                byTransaction[cp] = values;
            }
        });
        int denominator = 0;
        for (int weight : weights) {
            denominator += weight;
        }
        lineRisk = new int[ledger.lineCount()];
        transactionRisk = new int[ledger.transactionCount()];
        for (int line = 0; line < lineRisk.length; line++) {
            long weighted = 0;
            for (ControlPoint controlPoint : ControlPoint.values()) {
                weighted += (long) weights[controlPoint.ordinal()] * lineScore(controlPoint, line);
            }
            lineRisk[line] = roundedRisk(weighted, denominator);
        }
        for (int tx = 0; tx < transactionRisk.length; tx++) {
            long weighted = 0;
            for (ControlPoint controlPoint : ControlPoint.values()) {
                weighted += (long) weights[controlPoint.ordinal()] * transactionScore(controlPoint, tx);
            }
            transactionRisk[tx] = roundedRisk(weighted, denominator);
        }
    }

    /** Σ w·s / Σ w in basis points, rounded half up (s is already in basis points). */
    private static int roundedRisk(long weighted, int denominator) {
        return denominator == 0 ? 0 : (int) ((2 * weighted + denominator) / (2L * denominator));
    }

    private short[] maximumPerTransaction(short[] lineScores) {
        short[] maximum = new short[ledger.transactionCount()];
        for (int line = 0; line < lineScores.length; line++) {
            int tx = ledger.transaction(line);
            if (lineScores[line] > maximum[tx]) {
                maximum[tx] = lineScores[line];
            }
        }
        return maximum;
    }

    @Override
    public int lineCount() {
        return ledger.lineCount();
    }

    @Override
    public int transactionCount() {
        return ledger.transactionCount();
    }

    @Override
    public boolean applicable(ControlPoint controlPoint) {
        return byTransaction[controlPoint.ordinal()] != null;
    }

    @Override
    public int lineScore(ControlPoint controlPoint, int line) {
        int cp = controlPoint.ordinal();
        if (byLine[cp] != null) {
            return byLine[cp][line];
        }
        return byTransaction[cp] == null ? 0 : byTransaction[cp][ledger.transaction(line)];
    }

    @Override
    public int transactionScore(ControlPoint controlPoint, int transaction) {
        short[] scores = byTransaction[controlPoint.ordinal()];
        return scores == null ? 0 : scores[transaction];
    }

    @Override
    public int lineRisk(int line) {
        return lineRisk[line];
    }

    @Override
    public int transactionRisk(int transaction) {
        return transactionRisk[transaction];
    }

    @Override
    public boolean unknownFlow(int transaction) {
        return unknownFlow[transaction];
    }
}
