/**
 * A seeded, streaming generator of synthetic general ledgers in the shape of real ones (EY SyntheticData's
 * parameters, analytics.md §3.4), with whole transactions injected as labelled anomalies, one kind per control
 * point of analytics.md §5.3.
 *
 * <p>Entry points: {@link org.assay.testkit.ledger.GeneralLedgerGenerator#write} and its command line. The rest of
 * the package models the ledger's ingredients: {@link org.assay.testkit.ledger.ChartOfAccounts},
 * {@link org.assay.testkit.ledger.UserRoster}, {@link org.assay.testkit.ledger.TransactionShapes},
 * {@link org.assay.testkit.ledger.PostingCalendar} and {@link org.assay.testkit.ledger.AnomalyInjector}.
 */
package org.assay.testkit.ledger;
