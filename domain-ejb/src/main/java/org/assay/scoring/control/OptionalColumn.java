package org.assay.scoring.control;

/**
 * The ledger columns a control point may need beyond the mandatory ones (transaction, account, effective date,
 * amounts). A column is present when at least one line has a value in it; a control point whose column is absent
 * is not applicable and leaves the risk denominator (analytics.md §5.3).
 */
public enum OptionalColumn {
    ENTERED_DATE, USER, SOURCE, MEMO
}
