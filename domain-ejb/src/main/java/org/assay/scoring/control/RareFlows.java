package org.assay.scoring.control;

/**
 * CP 11, transaction level: for each monetary flow (debit account → credit account, {@link MonetaryFlows}), f is
 * the number of transactions containing it; s_flow = clamp(1 − ln f / ln 50, 0, 1), so f = 1 gives 1, f ≈ 7 gives
 * 0.5 and f ≥ 50 gives 0. The transaction scores the maximum over its flows; flows to or from "Unknown" are ignored.
 */
final class RareFlows implements ControlPointScorer {

    private static final double COMMON_FLOW_COUNT = 50;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.RARE_FLOW;
    }

    @Override
    public short[] score(ScoringContext context) {
        MonetaryFlows flows = context.flows();
        short[] scores = new short[context.ledger().transactionCount()];
        for (int tx = 0; tx < scores.length; tx++) {
            int rarest = flows.rarestFlowCount(tx);
            if (rarest > 0) {
                scores[tx] = basisPoints(1 - Math.log(rarest) / Math.log(COMMON_FLOW_COUNT));
            }
        }
        return scores;
    }
}
