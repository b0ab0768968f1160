package org.assay.riskranges.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One band of a risk range: the scores from {@code lowThreshold} to {@code highThreshold}, both included. */
@Embeddable
public class RiskBand {

    @Column(nullable = false)
    private int lowThreshold;

    @Column(nullable = false)
    private int highThreshold;

    protected RiskBand() {
    }

    public RiskBand(int lowThreshold, int highThreshold) {
        this.lowThreshold = lowThreshold;
        this.highThreshold = highThreshold;
    }

    public int getLowThreshold() {
        return lowThreshold;
    }

    public int getHighThreshold() {
        return highThreshold;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RiskBand other && lowThreshold == other.lowThreshold
                && highThreshold == other.highThreshold;
    }

    @Override
    public int hashCode() {
        return Objects.hash(lowThreshold, highThreshold);
    }
}
