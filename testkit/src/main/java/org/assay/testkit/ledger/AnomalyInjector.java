package org.assay.testkit.ledger;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Builds the anomalous transactions. Most start from an ordinary transaction keyed by a clerk and bend exactly the
 * property their control point (analytics.md §5.3) looks at, keeping dates quiet, amounts usual, the user on
 * their own accounts and the flow a common one, so that no other control point fails.
 */
final class AnomalyInjector {

    private static final int SHORT = 4;
    private static final int BENFORD_LINES = 31;
    private static final long MAX_REVERSAL_DAYS = 45;

    private final Settings settings;
    private final NormalTransactions normals;
    private final TransactionShapes shapes;
    private final UserRoster users;
    private final Amounts amounts;
    private final PostingCalendar calendar;
    private final SeededRandom random;
    private final RareFlows rareFlows;
    private final Account operatingCash;
    private final Account benfordAccount;
    private final int benfordDigits;
    private final Predicate<Shape> unusualAmountShapes;
    private final RecentTransfers transfers = new RecentTransfers();

    private Transaction lastClerical;
    private int periodEndCount;

    AnomalyInjector(Settings settings, NormalTransactions normals, TransactionShapes shapes, UserRoster users,
            Amounts amounts, PostingCalendar calendar, ChartOfAccounts chart, SeededRandom random) {
        this.settings = settings;
        this.normals = normals;
        this.shapes = shapes;
        this.users = users;
        this.amounts = amounts;
        this.calendar = calendar;
        this.random = random;
        this.rareFlows = new RareFlows(shapes, users, random);
        this.operatingCash = chart.get("10100010");
        this.benfordAccount = chart.get(TransactionShapes.BENFORD_TARGET);
        this.benfordDigits = random.between(21, 89);
        // Shapes tight enough that 10^(7.5 σ) times their median stays well below materiality.
        double ceiling = 0.6 * settings.materialityCents();
        this.unusualAmountShapes = shape -> isOrdinary(shape) && !shape.twoLinesOnly()
                && shape.medianCents() * StrictMath.pow(10, 7.5 * shape.spreadDecades()) <= ceiling;
    }

    /** Remembers the ordinary transactions that DUPLICATE copies and REVERSAL undoes. */
    void observe(Transaction normal) {
        if (normal.shape().isClerical()) {
            lastClerical = normal;
        }
        if (normal.shape().reversible()) {
            transfers.add(normal);
        }
    }

    /** A transaction of this kind, taking effect around {@code day}; null if there is no room for one now. */
    Transaction inject(AnomalyKind kind, LocalDate day, long budget) {
        return switch (kind) {
            case UNBALANCED_TX -> unbalanced(day, budget);
            case WEEKEND_HOLIDAY -> weekend(day, budget);
            case PERIOD_END_TIMING -> periodEnd(day, budget);
            case ROUND_AMOUNT -> roundAmount(day, budget);
            case HIGH_VALUE -> highValue(day, budget);
            case MANUAL_ENTRY -> manualEntry(day, budget);
            case MEMO_KEYWORD -> memoKeyword(day, budget);
            case DUPLICATE -> duplicate(budget);
            case REVERSAL -> reversal(day, budget);
            case UNUSUAL_AMOUNT -> unusualAmount(day, budget);
            case RARE_FLOW -> rareFlow(day, budget);
            case UNUSUAL_USER -> unusualUser(day, budget);
            case BENFORD_2D -> benford(day, budget);
            case OUTLIER_ANOMALY -> outlier(day, budget);
        };
    }

    private Transaction unbalanced(LocalDate day, long budget) {
        Transaction tx = normals.like(AnomalyInjector::isOrdinary, day, SHORT, budget);
        if (tx != null) {
            int line = random.nextInt(tx.size());
            long cents = tx.lines().get(line).cents();
            long off = Math.max(1_00, Math.round(cents * random.between(0.01, 0.05)));
            tx.setCents(line, Amounts.offHundreds(cents + off));
        }
        return tx;
    }

    private Transaction weekend(LocalDate day, long budget) {
        Optional<LocalDate> weekend = calendar.quietWeekendNear(day, random);
        Transaction tx = weekend.map(date -> normals.like(AnomalyInjector::isOrdinary, date, SHORT, budget))
                .orElse(null);
        if (tx != null) {
            tx.setDates(weekend.get(), weekend.get());
        }
        return tx;
    }

    /** Alternately a year-end-window date and a backdated entry (entered 35–60 days after it took effect). */
    private Transaction periodEnd(LocalDate day, long budget) {
        List<LocalDate> window = calendar.yearEndWindowBusinessDays();
        Optional<LocalDate> backdated = calendar.quietBusinessDayOnOrBefore(day.minusDays(random.between(35, 60)));
        boolean useWindow = !window.isEmpty() && (periodEndCount++ % 2 == 0 || backdated.isEmpty());
        if (useWindow) {
            return normals.like(AnomalyInjector::isOrdinary, random.pick(window), SHORT, budget);
        }
        Transaction tx = backdated.map(date -> normals.like(AnomalyInjector::isOrdinary, date, SHORT, budget))
                .orElse(null);
        if (tx != null) {
            tx.setDates(backdated.get(), day);
        }
        return tx;
    }

    private Transaction roundAmount(LocalDate day, long budget) {
        Transaction tx = normals.like(shape -> isOrdinary(shape) && shape.medianCents() >= Amounts.THOUSAND, day,
                3, budget);
        if (tx != null) {
            for (int line : tx.poolLines()) {
                tx.setCents(line, Amounts.wholeThousands(tx.lines().get(line).cents()));
            }
            tx.rebalance();
        }
        return tx;
    }

    /** A treasury transfer away from the operating account, whose many small amounts would make it unusual too. */
    private Transaction highValue(LocalDate day, long budget) {
        Transaction tx = normals.like(shape -> shape.twoLinesOnly() && shape.reversible()
                && !shape.touches(operatingCash), day, 2, budget);
        if (tx != null) {
            long cents = Amounts.offHundreds(Math.round(settings.materialityCents() * random.between(1.02, 1.4)));
            tx.setCents(0, cents);
            tx.setCents(1, cents);
        }
        return tx;
    }

    private Transaction manualEntry(LocalDate day, long budget) {
        Transaction tx = normals.like(Shape::isClerical, day, SHORT, budget);
        if (tx != null) {
            tx.setType("JE");
        }
        return tx;
    }

    private Transaction memoKeyword(LocalDate day, long budget) {
        Transaction tx = normals.like(Shape::isClerical, day, SHORT, budget);
        if (tx != null) {
            tx.setMemo(Memos.suspicious(day, random));
        }
        return tx;
    }

    /** The clerk's previous document entered a second time. */
    private Transaction duplicate(long budget) {
        if (lastClerical == null || LineCountDistribution.fit(lastClerical.size(), lastClerical.size(), budget)
                != lastClerical.size()) {
            return null;
        }
        Transaction copy = lastClerical.copy();
        lastClerical = null;
        return copy;
    }

    /** Undoes a transfer of the previous month, at most 45 days later. */
    private Transaction reversal(LocalDate day, long budget) {
        if (LineCountDistribution.fit(2, 2, budget) != 2) {
            return null;
        }
        Transaction original = transfers.takeFromPreviousMonth(day.minusDays(MAX_REVERSAL_DAYS));
        return original == null ? null : original.reversal(day, normals.enteredDate(day));
    }

    /**
     * One pool line at 10^(7–7.5 σ) times the median: |z| about 7 in a single-shape account, and still above the
     * failure threshold of 4.5 in accounts other shapes share.
     */
    private Transaction unusualAmount(LocalDate day, long budget) {
        Transaction tx = normals.like(unusualAmountShapes, day, SHORT, budget);
        if (tx != null) {
            Shape shape = tx.shape();
            double sigmas = random.between(7.0, 7.5);
            tx.setCents(random.pick(tx.poolLines()), Amounts.offHundreds(
                    Math.round(shape.medianCents() * StrictMath.pow(10, sigmas * shape.spreadDecades()))));
            tx.rebalance();
        }
        return tx;
    }

    private Transaction rareFlow(LocalDate day, long budget) {
        if (rareFlows.isEmpty() || LineCountDistribution.fit(2, 2, budget) != 2) {
            return null;
        }
        RareFlows.RareFlow flow = rareFlows.next();
        long cents = Amounts.offHundreds(amounts.logNormal(flow.typicalCents(), 0.25, 1.5));
        return normals.between(flow.style(), flow.debit(), flow.credit(), cents, day, flow.user());
    }

    private Transaction unusualUser(LocalDate day, long budget) {
        Transaction tx = normals.like(Shape::isClerical, day, 3, budget);
        if (tx != null) {
            tx.setUser(users.nextOutsider());
        }
        return tx;
    }

    /**
     * Thirty lines on the target account, all starting with the same two digits: at the default rate about a tenth
     * of the account's lines, which lifts its Benford MAD past 0.0022 at any ledger size.
     */
    private Transaction benford(LocalDate day, long budget) {
        Optional<Weighted<Shape>> hosts = shapes.weighted(shape -> isOrdinary(shape) && !shape.twoLinesOnly()
                && shape.pool().items().contains(benfordAccount));
        if (hosts.isEmpty() || LineCountDistribution.fit(BENFORD_LINES, BENFORD_LINES, budget) != BENFORD_LINES) {
            return null;
        }
        Shape host = hosts.get().pick(random);
        Transaction tx = normals.build(host, BENFORD_LINES, day);
        List<Integer> pool = tx.poolLines();
        long[] parts = new long[pool.size()];
        for (int i = 0; i < parts.length; i++) {
            long near = Math.round(host.medianCents() * random.between(0.5, 3.0));
            parts[i] = amounts.withLeadingDigits(benfordDigits, near);
        }
        Amounts.keepTotalOffRound(parts);
        for (int i = 0; i < parts.length; i++) {
            tx.setLine(pool.get(i), new Line(benfordAccount, host.poolSide(), parts[i]));
        }
        tx.rebalance();
        return tx;
    }

    /**
     * Long (22–30 lines), entered 12–20 days after it took effect (normal entries: 0–3 business days) and with one
     * line at about 3 σ: odd in several features, yet below every single control point's failure threshold.
     */
    private Transaction outlier(LocalDate day, long budget) {
        int lines = random.between(22, 30);
        Optional<Weighted<Shape>> wide = shapes.weighted(shape -> shape.isClerical() && !shape.twoLinesOnly()
                && shape.pool().items().size() >= 5);
        LocalDate[] dates = lateEntryDates(day, random.between(12, 20));
        if (wide.isEmpty() || dates == null || LineCountDistribution.fit(lines, lines, budget) != lines) {
            return null;
        }
        Shape shape = wide.get().pick(random);
        Transaction tx = normals.build(shape, lines, dates[0]);
        double sigmas = random.between(3.0, 3.3);
        tx.setCents(random.pick(tx.poolLines()), Amounts.offHundreds(
                Math.round(shape.medianCents() * StrictMath.pow(10, sigmas * shape.spreadDecades()))));
        tx.rebalance();
        tx.setDates(dates[0], dates[1]);
        return tx;
    }

    /**
     * Effective and entered dates {@code lag} days apart around {@code day}, both quiet business days, entered no
     * later than 5 days after the effective month's end (which would be backdating): entered on {@code day} if
     * possible, else effective on it. Null if neither works.
     */
    private LocalDate[] lateEntryDates(LocalDate day, int lag) {
        Optional<LocalDate> effective = calendar.quietBusinessDayOnOrBefore(day.minusDays(lag));
        if (effective.isPresent() && !calendar.isBackdated(effective.get(), day)) {
            return new LocalDate[] {effective.get(), day};
        }
        Optional<LocalDate> start = calendar.quietBusinessDayOnOrBefore(day);
        if (start.isPresent()) {
            LocalDate entered = calendar.nextBusinessDay(start.get().plusDays(lag - 1));
            if (!calendar.isBackdated(start.get(), entered)) {
                return new LocalDate[] {start.get(), entered};
            }
        }
        return null;
    }

    /** Not a manual journal: anomalies other than MANUAL_ENTRY must not look manual. */
    private static boolean isOrdinary(Shape shape) {
        return !shape.isManualJournal();
    }

    /** The latest transfers of this month and the previous one (at most 64 each: memory stays constant). */
    private static final class RecentTransfers {
        private static final int KEEP = 64;
        private ArrayDeque<Transaction> thisMonth = new ArrayDeque<>();
        private ArrayDeque<Transaction> previousMonth = new ArrayDeque<>();

        void add(Transaction transfer) {
            Transaction last = thisMonth.peekLast();
            if (last != null && !YearMonth.from(last.effective()).equals(YearMonth.from(transfer.effective()))) {
                previousMonth = thisMonth;
                thisMonth = new ArrayDeque<>();
            }
            thisMonth.addLast(transfer);
            if (thisMonth.size() > KEEP) {
                thisMonth.removeFirst();
            }
        }

        /** The latest transfer of the previous month that took effect on or after {@code notBefore}, or null. */
        Transaction takeFromPreviousMonth(LocalDate notBefore) {
            Transaction latest = previousMonth.pollLast();
            return latest == null || latest.effective().isBefore(notBefore) ? null : latest;
        }
    }
}
