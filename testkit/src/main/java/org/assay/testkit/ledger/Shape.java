package org.assay.testkit.ledger;

import org.assay.testkit.ledger.Line.Side;
import org.assay.testkit.ledger.User.Role;

/**
 * A kind of business transaction: one line on {@code single} balances {@code n − 1} lines drawn from {@code pool}
 * on the other side, each a log-normal amount around {@code medianCents}.
 *
 * @param type          the two-letter transaction type written to the ledger
 * @param spreadDecades standard deviation of log10(amount); ≥ 0.45 keeps busy accounts close to Benford
 * @param weight        relative frequency within its {@link Source}
 * @param twoLinesOnly  a transfer between two accounts, never split
 * @param reversible    its mirror image is a normal transaction too, so a REVERSAL of it is not also a rare flow
 */
record Shape(String name, Source source, String type, Role role, Side singleSide, Account single,
        Weighted<Account> pool, double medianCents, double spreadDecades, String memo, double weight,
        boolean twoLinesOnly, boolean reversible) {

    boolean isManualJournal() {
        return source == Source.ADJUSTMENT;
    }

    /** Keyed by a person in a sub-ledger: what most anomalies start from. */
    boolean isClerical() {
        return source == Source.MANUAL;
    }

    boolean touches(Account account) {
        return single.equals(account) || pool.items().contains(account);
    }

    Side poolSide() {
        return singleSide.opposite();
    }
}
