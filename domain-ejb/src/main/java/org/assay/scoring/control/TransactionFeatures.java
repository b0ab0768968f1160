package org.assay.scoring.control;

import java.time.LocalDate;

/**
 * The features of each transaction for the isolation forest (analytics.md §5.3, "Features for CP 14"), feature-major:
 * log10 of the largest absolute amount; line count; day of month, month and day of week of the effective date;
 * entered − effective days (0 without an entered date); ln of the count of its rarest flow (0 without flows);
 * ln(1 + lines posted by its user); the largest |z| of UNUSUAL_AMOUNT; the share of its lines with a round amount
 * (a whole hundred of 100.00 or more).
 */
final class TransactionFeatures {

    static final int COUNT = 10;

    private TransactionFeatures() {
    }

    static double[][] of(ScoringContext context) {
        Ledger ledger = context.ledger();
        TransactionFacts facts = context.facts();
        MonetaryFlows flows = context.flows();
        AmountStatistics amounts = context.amounts();
        UserActivity users = context.users();
        int transactions = ledger.transactionCount();
        double[][] features = new double[COUNT][transactions];
        for (int tx = 0; tx < transactions; tx++) {
            long largest = 0;
            double largestZ = 0;
            int round = 0;
            int userLines = 0;
            int lines = ledger.lineCountOf(tx);
            for (int k = 0; k < lines; k++) {
                int line = ledger.lineOf(tx, k);
                largest = Math.max(largest, ledger.absCents(line));
                largestZ = Math.max(largestZ, amounts.absZ(line));
                round += RoundAmounts.score(ledger.absCents(line)) > 0 ? 1 : 0;
                userLines = Math.max(userLines, users.userLines(line));
            }
            LocalDate effective = LocalDate.ofEpochDay(facts.effectiveDay(tx));
            int entered = facts.enteredDay(tx);
            features[0][tx] = Math.log10(Math.max(largest, 1));
            features[1][tx] = lines;
            features[2][tx] = effective.getDayOfMonth();
            features[3][tx] = effective.getMonthValue();
            features[4][tx] = effective.getDayOfWeek().getValue();
            features[5][tx] = entered == -1 ? 0 : entered - facts.effectiveDay(tx);
            features[6][tx] = Math.log(Math.max(flows.rarestFlowCount(tx), 1));
            features[7][tx] = Math.log1p(userLines);
            features[8][tx] = largestZ;
            features[9][tx] = (double) round / lines;
        }
        return features;
    }
}
