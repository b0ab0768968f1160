package org.assay.testkit.ledger;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.assay.testkit.ledger.Line.Side;

/** A transaction being generated: mutable until it is written, so that anomalies can bend a normal one. */
final class Transaction {

    private final Shape shape;
    private LocalDate effective;
    private LocalDate entered;
    private User user;
    private String type;
    private String memo;
    private final String company;
    private final List<Line> lines;

    Transaction(Shape shape, LocalDate effective, LocalDate entered, User user, String memo, String company,
            List<Line> lines) {
        this.shape = shape;
        this.effective = effective;
        this.entered = entered;
        this.user = user;
        this.type = shape.type();
        this.memo = memo;
        this.company = company;
        this.lines = new ArrayList<>(lines);
    }

    Transaction copy() {
        Transaction copy = new Transaction(shape, effective, entered, user, memo, company, lines);
        copy.type = type;
        return copy;
    }

    /** The same accounts and amounts on the opposite sides: it undoes this transaction. */
    Transaction reversal(LocalDate newEffective, LocalDate newEntered) {
        Transaction reversal = copy();
        reversal.lines.replaceAll(Line::reversed);
        reversal.lines.sort((a, b) -> a.side().compareTo(b.side()));
        reversal.effective = newEffective;
        reversal.entered = newEntered;
        return reversal;
    }

    Shape shape() {
        return shape;
    }

    LocalDate effective() {
        return effective;
    }

    LocalDate entered() {
        return entered;
    }

    void setDates(LocalDate newEffective, LocalDate newEntered) {
        this.effective = newEffective;
        this.entered = newEntered;
    }

    User user() {
        return user;
    }

    void setUser(User newUser) {
        this.user = newUser;
    }

    String type() {
        return type;
    }

    void setType(String newType) {
        this.type = newType;
    }

    String memo() {
        return memo;
    }

    void setMemo(String newMemo) {
        this.memo = newMemo;
    }

    String company() {
        return company;
    }

    List<Line> lines() {
        return lines;
    }

    int size() {
        return lines.size();
    }

    void setCents(int line, long cents) {
        lines.set(line, lines.get(line).withCents(cents));
    }

    void setLine(int index, Line line) {
        lines.set(index, line);
    }

    /** The indexes of the lines drawn from the shape's pool (all but the single balancing line). */
    List<Integer> poolLines() {
        List<Integer> pool = new ArrayList<>();
        int single = singleLine();
        for (int i = 0; i < lines.size(); i++) {
            if (i != single) {
                pool.add(i);
            }
        }
        return pool;
    }

    /** Sets the single line to the total of the pool lines again, after they changed. */
    void rebalance() {
        long total = 0;
        for (int i : poolLines()) {
            total += lines.get(i).cents();
        }
        setCents(singleLine(), total);
    }

    long total(Side side) {
        long total = 0;
        for (Line line : lines) {
            if (line.side() == side) {
                total += line.cents();
            }
        }
        return total;
    }

    /** The balancing line: the shape's single side holds exactly one line. */
    private int singleLine() {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).side() == shape.singleSide()) {
                return i;
            }
        }
        throw new IllegalStateException("no line on the " + shape.singleSide() + " side");
    }
}
