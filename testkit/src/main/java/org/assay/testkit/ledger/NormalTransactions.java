package org.assay.testkit.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.assay.testkit.ledger.Line.Side;

/** Builds ordinary transactions: a source, then a line count, then a shape, its amounts, user, memo and dates. */
final class NormalTransactions {

    private final TransactionShapes shapes;
    private final UserRoster users;
    private final Amounts amounts;
    private final PostingCalendar calendar;
    private final SeededRandom random;
    private final LineCountDistribution lineCounts = new LineCountDistribution();
    private final Weighted<Source> sources;
    private final Weighted<String> companies = Weighted.<String>builder()
            .add("C01", 0.6).add("C02", 0.3).add("C03", 0.1).build();

    NormalTransactions(TransactionShapes shapes, UserRoster users, Amounts amounts, PostingCalendar calendar,
            SeededRandom random) {
        this.shapes = shapes;
        this.users = users;
        this.amounts = amounts;
        this.calendar = calendar;
        this.random = random;
        Weighted.Builder<Source> bySource = Weighted.builder();
        for (Source source : Source.values()) {
            bySource.add(source, source.share);
        }
        this.sources = bySource.build();
    }

    /** The next ordinary transaction, taking effect on {@code day}, with at most {@code budget} lines. */
    Transaction next(LocalDate day, long budget) {
        Source source = sources.pick(random);
        int lines = lineCounts.sample(random, LineCountDistribution.MAX_LINES, budget);
        return build(shapes.pick(source, lines, random), lines, day);
    }

    /**
     * An ordinary transaction of one of the shapes {@code which} accepts, with at most {@code maxLines} lines that
     * fit the budget, or null if none fits: the starting point of most anomalies.
     */
    Transaction like(Predicate<Shape> which, LocalDate day, int maxLines, long budget) {
        Shape shape = shapes.weighted(which).map(matching -> matching.pick(random)).orElse(null);
        int lines = shape == null ? 0 : lineCounts.sample(random, shape.twoLinesOnly() ? 2 : maxLines, budget);
        return lines == 0 ? null : build(shape, lines, day);
    }

    /** An ordinary transaction of this shape and length. */
    Transaction build(Shape shape, int lineCount, LocalDate day) {
        return new Transaction(shape, day, calendar.enteredDate(day, random), users.pick(shape.role(), random),
                Memos.render(shape.memo(), day, random), companies.pick(random), lines(shape, lineCount));
    }

    /** A two-line transaction between any two accounts, in the style of {@code shape}. */
    Transaction between(Shape shape, Account debit, Account credit, long cents, LocalDate day, User user) {
        List<Line> lines = List.of(new Line(debit, Side.DEBIT, cents), new Line(credit, Side.CREDIT, cents));
        return new Transaction(shape, day, calendar.enteredDate(day, random), user,
                Memos.render(shape.memo(), day, random), companies.pick(random), lines);
    }

    LocalDate enteredDate(LocalDate effective) {
        return calendar.enteredDate(effective, random);
    }

    private List<Line> lines(Shape shape, int lineCount) {
        long[] parts = new long[lineCount - 1];
        long total;
        do {
            for (int i = 0; i < parts.length; i++) {
                parts[i] = amounts.normal(shape.medianCents(), shape.spreadDecades(), !shape.role().isSystem());
            }
            total = Amounts.keepTotalOffRound(parts);
        } while (total > amounts.normalCeiling());
        List<Line> lines = new ArrayList<>(lineCount);
        Line single = new Line(shape.single(), shape.singleSide(), total);
        if (shape.singleSide() == Side.DEBIT) {
            lines.add(single);
        }
        for (long part : parts) {
            lines.add(new Line(shape.pool().pick(random), shape.poolSide(), part));
        }
        if (shape.singleSide() == Side.CREDIT) {
            lines.add(single);
        }
        return lines;
    }
}
