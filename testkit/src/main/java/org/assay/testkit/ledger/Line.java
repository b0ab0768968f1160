package org.assay.testkit.ledger;

/** One entry of a transaction: a positive amount in cents on one side of one account. */
record Line(Account account, Side side, long cents) {

    enum Side {
        DEBIT, CREDIT;

        Side opposite() {
            return this == DEBIT ? CREDIT : DEBIT;
        }
    }

    Line withCents(long newCents) {
        return new Line(account, side, newCents);
    }

    Line reversed() {
        return new Line(account, side.opposite(), cents);
    }
}
