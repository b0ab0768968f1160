package org.assay.testkit.ledger;

/**
 * The anomalies injected into whole transactions, one per control point of analytics.md §5.3 and named after it.
 * Each is built to trip its control point's definition and, as far as the definitions allow, no other one.
 */
public enum AnomalyKind {
    /** One line's amount is off by $1–$50, so Σdebit ≠ Σcredit. */
    UNBALANCED_TX,
    /** Effective and entered on a Saturday or Sunday (never a holiday, so any holiday list agrees). */
    WEEKEND_HOLIDAY,
    /** Effective in the last 3 days of the fiscal year or its first 3, or entered 35–75 days after it took effect. */
    PERIOD_END_TIMING,
    /** Every amount is a whole number of thousands. */
    ROUND_AMOUNT,
    /** A treasury transfer at 1.02–1.4 × materiality. */
    HIGH_VALUE,
    /** A sub-ledger document (AP, AR, …) keyed as a manual journal, type {@code JE}. */
    MANUAL_ENTRY,
    /** The memo holds a word of {@link MemoKeywords#DEFAULT}. */
    MEMO_KEYWORD,
    /** A copy, under a new id, of the transaction just before it: same accounts, amounts and dates. */
    DUPLICATE,
    /** Undoes (sides swapped) a bank transfer of the previous month, within 45 days, so it straddles a period end. */
    REVERSAL,
    /** One line is hundreds of times its account's typical amount (|z| well above 6), still below materiality. */
    UNUSUAL_AMOUNT,
    /** Two lines between accounts that never otherwise meet (debit → credit), by a user who uses both. */
    RARE_FLOW,
    /** Posted by someone who posts nothing else (one short transaction per such user). */
    UNUSUAL_USER,
    /** Thirty lines in one busy account whose amounts all start with the same two digits. */
    BENFORD_2D,
    /** Odd in several features at once: 22–30 lines, entered 12–20 days late, one line at about 3 σ. */
    OUTLIER_ANOMALY
}
