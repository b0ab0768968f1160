/**
 * The scoring engine (analytics.md §5), plain Java: the columnar {@code Ledger} and its builder, the fourteen
 * control points of bundle {@code assay-gl-1} (one {@code ControlPointScorer} each, the isolation forest behind
 * the outlier one), and {@code ScoringEngine}, which combines their scores into line and transaction risks on the
 * 0–10000 scale. Deterministic for the same ledger and seed.
 */
package org.assay.scoring.control;
