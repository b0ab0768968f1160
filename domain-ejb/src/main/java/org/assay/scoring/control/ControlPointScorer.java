package org.assay.scoring.control;

/**
 * Scores one control point over a whole ledger. Implementations are stateless; whatever they share with other
 * control points (flows, amount statistics, …) comes from the {@link ScoringContext}, computed once.
 */
interface ControlPointScorer {

    ControlPoint controlPoint();

    /** False when an input column the control point needs is missing: it then leaves the risk denominator. */
    default boolean applicable(Ledger ledger) {
        return true;
    }

    /**
     * Scores in basis points 0–10000: one per line for an entry-level control point, one per transaction for a
     * transaction-level one.
     */
    short[] score(ScoringContext context);

    /** A fraction 0–1 as basis points, rounded half up and clamped. */
    default short basisPoints(double fraction) {
        double clamped = Math.max(0, Math.min(1, fraction));
        return (short) Math.floor(clamped * ControlPoint.MAX_SCORE + 0.5);
    }

    short FULL = ControlPoint.MAX_SCORE;
    short HALF = ControlPoint.MAX_SCORE / 2;
}
