package org.assay.testkit.ledger;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.testkit.ledger.Ledger.Entry;
import org.assay.testkit.ledger.Ledger.Tx;

/**
 * A plain reading of control points 1–13 of analytics.md §5.3 (not the isolation forest), to check that each
 * anomaly fails its control point and that normal transactions fail few. "Fails" as in §1.3: a rule scores 1, a
 * statistical control point scores 0.5 or more. Holidays are {@link Holidays}; fiscal periods are months.
 */
final class ControlPointProbe {

    static final Set<String> MANUAL_CODES = Set.of("GJ", "JE", "MJ", "MANUAL", "ADJ", "SPREADSHEET");

    private final Ledger ledger;
    private final long materialityCents;
    private final MonthDay fiscalYearEnd;
    private final Map<String, double[]> logAmountsByAccount = new HashMap<>();
    private final double[] globalLogAmounts;
    private final Map<String, double[]> amountStats = new HashMap<>();
    private final Map<String, Integer> accountLines = new HashMap<>();
    private final Map<String, Integer> userLines = new HashMap<>();
    private final Map<String, Integer> userAccountLines = new HashMap<>();
    private final Map<String, Integer> flowCounts = new HashMap<>();
    private final Map<String, Set<String>> duplicateKeys = new HashMap<>();
    private final Map<String, List<Tx>> bySignature = new HashMap<>();
    private final Map<String, Benford> benfordByAccount = new HashMap<>();
    private final Benford globalBenford;
    private final int totalLines;

    ControlPointProbe(Ledger ledger, Settings settings) {
        this.ledger = ledger;
        this.materialityCents = settings.materialityCents();
        this.fiscalYearEnd = settings.fiscalYearEnd();
        Map<String, List<Double>> logs = new HashMap<>();
        List<Double> global = new ArrayList<>();
        Map<String, List<Long>> benfordAmounts = new HashMap<>();
        List<Long> globalBenfordAmounts = new ArrayList<>();
        int lines = 0;
        for (Tx tx : ledger.transactions) {
            for (Entry entry : tx.entries()) {
                lines++;
                accountLines.merge(entry.account(), 1, Integer::sum);
                userLines.merge(tx.user(), 1, Integer::sum);
                userAccountLines.merge(tx.user() + "|" + entry.account(), 1, Integer::sum);
                duplicateKeys.computeIfAbsent(entry.account() + "|" + entry.isDebit() + "|" + entry.absCents() + "|"
                        + tx.effective(), key -> new HashSet<>()).add(tx.id());
                if (entry.absCents() >= 100) {
                    double log = Math.log10(entry.absCents() / 100.0);
                    logs.computeIfAbsent(entry.account(), a -> new ArrayList<>()).add(log);
                    global.add(log);
                }
                if (entry.absCents() >= 1000) {
                    benfordAmounts.computeIfAbsent(entry.account(), a -> new ArrayList<>()).add(entry.absCents());
                    globalBenfordAmounts.add(entry.absCents());
                }
            }
            for (String flow : flows(tx)) {
                flowCounts.merge(flow, 1, Integer::sum);
            }
            bySignature.computeIfAbsent(signature(tx, 1), s -> new ArrayList<>()).add(tx);
        }
        this.totalLines = lines;
        logs.forEach((account, values) -> logAmountsByAccount.put(account, sorted(values)));
        this.globalLogAmounts = sorted(global);
        benfordAmounts.forEach((account, amounts) -> {
            if (amounts.size() >= 1000) {
                benfordByAccount.put(account, new Benford(amounts));
            }
        });
        this.globalBenford = new Benford(globalBenfordAmounts);
    }

    /** The control points this transaction fails. */
    Set<AnomalyKind> failures(Tx tx) {
        Set<AnomalyKind> failed = EnumSet.noneOf(AnomalyKind.class);
        if (Math.abs(tx.debitCents() - tx.creditCents()) > Math.max(tx.entries().size(), 1)) {
            failed.add(AnomalyKind.UNBALANCED_TX);
        }
        if (isWeekendOrHoliday(tx.entered())) {
            failed.add(AnomalyKind.WEEKEND_HOLIDAY);
        }
        if (isYearEndWindow(tx.effective()) || isBackdated(tx)) {
            failed.add(AnomalyKind.PERIOD_END_TIMING);
        }
        if (MANUAL_CODES.contains(tx.type())) {
            failed.add(AnomalyKind.MANUAL_ENTRY);
        }
        if (MemoKeywords.containsKeyword(tx.memo())) {
            failed.add(AnomalyKind.MEMO_KEYWORD);
        }
        if (reversalScore(tx) >= 1) {
            failed.add(AnomalyKind.REVERSAL);
        }
        if (rareFlowScore(tx) >= 0.5) {
            failed.add(AnomalyKind.RARE_FLOW);
        }
        for (Entry entry : tx.entries()) {
            long cents = entry.absCents();
            if (cents >= 100_000 && cents % 100_000 == 0) {
                failed.add(AnomalyKind.ROUND_AMOUNT);
            }
            if (cents >= materialityCents) {
                failed.add(AnomalyKind.HIGH_VALUE);
            }
            if (duplicateKeys.get(entry.account() + "|" + entry.isDebit() + "|" + cents + "|" + tx.effective())
                    .size() >= 2) {
                failed.add(AnomalyKind.DUPLICATE);
            }
            if (unusualAmountScore(entry) >= 0.5) {
                failed.add(AnomalyKind.UNUSUAL_AMOUNT);
            }
            if (unusualUserScore(tx.user(), entry.account()) >= 0.5) {
                failed.add(AnomalyKind.UNUSUAL_USER);
            }
            if (benfordScore(entry) >= 0.5) {
                failed.add(AnomalyKind.BENFORD_2D);
            }
        }
        return failed;
    }

    double absZ(Entry entry) {
        double[] stats = accountLines.getOrDefault(entry.account(), 0) >= 30
                ? amountStats.computeIfAbsent(entry.account(), a -> medianAndMad(logAmountsByAccount.get(a)))
                : amountStats.computeIfAbsent("", a -> medianAndMad(globalLogAmounts));
        return Math.abs(0.6745 * (Math.log10(entry.absCents() / 100.0) - stats[0]) / stats[1]);
    }

    private static double[] medianAndMad(double[] sorted) {
        double median = median(sorted);
        return new double[] {median, median(Arrays.stream(sorted).map(x -> Math.abs(x - median)).sorted().toArray())};
    }

    double unusualAmountScore(Entry entry) {
        return entry.absCents() < 100 ? 0 : clamp((absZ(entry) - 3) / 3);
    }

    double rareFlowScore(Tx tx) {
        double score = 0;
        for (String flow : flows(tx)) {
            score = Math.max(score, clamp(1 - Math.log(flowCounts.get(flow)) / Math.log(50)));
        }
        return score;
    }

    int flowCount(String debitAccount, String creditAccount) {
        return flowCounts.getOrDefault(debitAccount + ">" + creditAccount, 0);
    }

    double unusualUserScore(String user, String account) {
        int lines = userLines.get(user);
        int pair = userAccountLines.get(user + "|" + account);
        if (lines < 0.005 * totalLines && lines < 20) {
            return 1;
        }
        if (pair <= 2 && accountLines.get(account) >= 100) {
            return 1;
        }
        return pair <= 5 ? 0.5 : 0;
    }

    int userLines(String user) {
        return userLines.get(user);
    }

    double benfordScore(Entry entry) {
        if (entry.absCents() < 1000) {
            return 0;
        }
        Benford population = benfordByAccount.getOrDefault(entry.account(), globalBenford);
        return population.score(firstTwoDigits(entry.absCents()));
    }

    /** The Benford population of an account (null if it has fewer than 1,000 amounts of $10 and more). */
    Benford benford(String account) {
        return benfordByAccount.get(account);
    }

    double reversalScore(Tx tx) {
        double score = 0;
        for (Tx earlier : bySignature.getOrDefault(signature(tx, -1), List.of())) {
            long days = ChronoUnit.DAYS.between(earlier.effective(), tx.effective());
            if (days > 0 && days <= 45) {
                boolean straddles = !earlier.effective().withDayOfMonth(1).equals(tx.effective().withDayOfMonth(1));
                score = Math.max(score, straddles ? 1 : 0.5);
            }
        }
        return score;
    }

    boolean isYearEndWindow(LocalDate day) {
        for (int year = day.getYear() - 1; year <= day.getYear(); year++) {
            LocalDate end = fiscalYearEnd.atYear(year);
            if (!day.isBefore(end.minusDays(2)) && !day.isAfter(end.plusDays(3))) {
                return true;
            }
        }
        return false;
    }

    static boolean isBackdated(Tx tx) {
        LocalDate monthEnd = tx.effective().with(TemporalAdjusters.lastDayOfMonth());
        return ChronoUnit.DAYS.between(tx.effective(), tx.entered()) > 30 || tx.entered().isAfter(monthEnd.plusDays(5));
    }

    static boolean isWeekendOrHoliday(LocalDate day) {
        return day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY
                || Holidays.isHoliday(day);
    }

    /** Debit account → credit account for every pair of lines (a superset of MindBridge's amount matching). */
    static Set<String> flows(Tx tx) {
        Set<String> flows = new HashSet<>();
        for (Entry debit : tx.entries()) {
            for (Entry credit : tx.entries()) {
                if (debit.isDebit() && !credit.isDebit()) {
                    flows.add(debit.account() + ">" + credit.account());
                }
            }
        }
        return flows;
    }

    /** The multiset of (account, signed amount × sign), as a sorted string. */
    static String signature(Tx tx, int sign) {
        return tx.entries().stream().map(e -> e.account() + ":" + sign * e.signedCents()).sorted().toList()
                .toString();
    }

    static int firstTwoDigits(long cents) {
        long value = cents;
        while (value >= 100) {
            value /= 10;
        }
        return (int) value;
    }

    private static double[] sorted(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    /** First-two-digit frequencies of a population and its conformity (Nigrini's MAD). */
    static final class Benford {
        private final double[] observed = new double[100];
        final double mad;

        Benford(List<Long> amounts) {
            for (long cents : amounts) {
                observed[firstTwoDigits(cents)] += 1.0 / amounts.size();
            }
            double sum = 0;
            for (int b = 10; b <= 99; b++) {
                sum += Math.abs(observed[b] - expected(b));
            }
            this.mad = sum / 90;
        }

        double ratio(int digits) {
            return observed[digits] / expected(digits);
        }

        double score(int digits) {
            double conformity = clamp((mad - 0.0012) / (0.0022 - 0.0012));
            return conformity * clamp((ratio(digits) - 1.5) / 1.5);
        }

        static double expected(int digits) {
            return Math.log10(1 + 1.0 / digits);
        }
    }
}
