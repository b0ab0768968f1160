package org.assay.testkit.ledger;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.testkit.ledger.Line.Side;
import org.assay.testkit.ledger.User.Role;

/**
 * Debit → credit account pairs that no normal transaction ever makes, for RARE_FLOW. Both accounts of a pair
 * belong to one clerk's daily work and carry amounts of the same size, so that only the pairing is odd: the
 * clerk's usual accounts (UNUSUAL_USER) and amounts (UNUSUAL_AMOUNT) are not.
 */
final class RareFlows {

    /** A pair, with the shape whose type and memo style the transaction borrows and who posts it. */
    record RareFlow(Account debit, Account credit, double typicalCents, Shape style, User user) {
    }

    private static final double MAX_SIZE_RATIO_DECADES = 0.5;

    private final List<RareFlow> flows = new ArrayList<>();
    private int issued;

    RareFlows(TransactionShapes shapes, UserRoster users, SeededRandom random) {
        Set<String> normalFlows = new HashSet<>();
        for (Shape shape : shapes.all()) {
            for (Account other : shape.pool().items()) {
                normalFlows.add(shape.singleSide() == Side.DEBIT ? flow(shape.single(), other) : flow(other,
                        shape.single()));
            }
        }
        for (Role role : Role.values()) {
            List<Shape> work = shapes.all().stream()
                    .filter(shape -> shape.role() == role && shape.isClerical()).toList();
            if (!work.isEmpty()) {
                addPairs(work, users.team(role).get(0), normalFlows);
            }
        }
        for (int i = flows.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            flows.set(i, flows.set(j, flows.get(i)));
        }
    }

    boolean isEmpty() {
        return flows.isEmpty();
    }

    /** The next unused pair (pairs repeat only after all have been issued). */
    RareFlow next() {
        return flows.get(issued++ % flows.size());
    }

    private void addPairs(List<Shape> work, User clerk, Set<String> normalFlows) {
        Map<Account, Double> typical = new LinkedHashMap<>();
        Map<Account, Shape> styleOf = new LinkedHashMap<>();
        for (Shape shape : work) {
            // The single line totals about 1.5 pool lines on average.
            typical.putIfAbsent(shape.single(), shape.medianCents() * 1.5);
            styleOf.putIfAbsent(shape.single(), shape);
            for (Account account : shape.pool().items()) {
                typical.putIfAbsent(account, shape.medianCents());
                styleOf.putIfAbsent(account, shape);
            }
        }
        for (Account debit : typical.keySet()) {
            for (Account credit : typical.keySet()) {
                double ratio = StrictMath.abs(StrictMath.log10(typical.get(debit) / typical.get(credit)));
                if (!debit.equals(credit) && !normalFlows.contains(flow(debit, credit))
                        && ratio <= MAX_SIZE_RATIO_DECADES) {
                    double size = StrictMath.sqrt(typical.get(debit) * typical.get(credit));
                    flows.add(new RareFlow(debit, credit, size, styleOf.get(debit), clerk));
                }
            }
        }
    }

    private static String flow(Account debit, Account credit) {
        return debit.code() + ">" + credit.code();
    }
}
