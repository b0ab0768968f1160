package org.assay.scoring.control;

/**
 * What the engine computed for one ledger: per control point a score for every line and every transaction, the
 * combined risks, and which control points applied. Lines and transactions are the {@link Ledger}'s indexes.
 * Scores and risks are basis points 0–10000.
 */
public interface ScoreSheet {

    int lineCount();

    int transactionCount();

    /** False when the control point's input column is missing (or its weight is 0): it left the denominator. */
    boolean applicable(ControlPoint controlPoint);

    /** The line's score: its own for entry-level control points, its transaction's for transaction-level ones. */
    int lineScore(ControlPoint controlPoint, int line);

    /** The transaction's score: the maximum over its lines for entry-level control points, its own otherwise. */
    int transactionScore(ControlPoint controlPoint, int transaction);

    /** Weighted average of the line's scores over the applicable control points (§5.4), rounded half up. */
    int lineRisk(int line);

    /** Weighted average of the transaction's scores over the applicable control points, rounded half up. */
    int transactionRisk(int transaction);

    /** True when some of the transaction's money flows to or from the "Unknown" account (§1.1). */
    boolean unknownFlow(int transaction);
}
