package org.assay.testkit.ledger;

/** Where a transaction comes from, with EY SyntheticData's default shares (analytics.md §3.4). */
enum Source {
    /** Keyed by a clerk in a sub-ledger (AP, AR, expenses…): not a manual journal. */
    MANUAL(0.30),
    /** Posted by an interface (invoicing, inventory, payroll, bank feeds). */
    AUTOMATED(0.50),
    /** Standing journals the system posts on schedule (depreciation, amortisation, accruals). */
    RECURRING(0.15),
    /** Period-end adjustments by accountants: the only normal manual journals ({@code GJ}). */
    ADJUSTMENT(0.05);

    final double share;

    Source(double share) {
        this.share = share;
    }
}
