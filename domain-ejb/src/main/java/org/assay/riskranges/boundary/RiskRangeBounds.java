package org.assay.riskranges.boundary;

import org.assay.riskranges.entity.RiskBand;

/** One band of {@code low}, {@code medium} or {@code high}: scores from {@code lowThreshold} to {@code highThreshold}. */
public record RiskRangeBounds(Integer lowThreshold, Integer highThreshold) {

    public static RiskRangeBounds of(RiskBand band) {
        return new RiskRangeBounds(band.getLowThreshold(), band.getHighThreshold());
    }

    /** Only for bounds that passed validation (both thresholds present). */
    RiskBand toBand() {
        return new RiskBand(lowThreshold, highThreshold);
    }
}
