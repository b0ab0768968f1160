package org.assay.riskranges.control;

import org.assay.riskranges.entity.RiskBand;
import org.assay.riskranges.entity.RiskRange;

/**
 * The seeded system default risk range: low 0–2 999, medium 3 000–4 999, high 5 000–10 000, under a fixed id next
 * to the catalogue's (analysis types {@code 4b8360d0…}, source types {@code 4b8361d0…}), recorded for the general
 * ledger analysis type. It applies wherever neither the engagement nor its library has a range; nobody may change
 * or delete it.
 */
public final class SystemRiskRange {

    public static final String ID = "4b8362d00000000000000000";
    /** The catalogue's general ledger analysis type. */
    public static final String GENERAL_LEDGER = "4b8360d00000000000000000";
    public static final String NAME = "Default";
    public static final String DESCRIPTION = "System default risk range";
    public static final RiskBand LOW = new RiskBand(0, 2999);
    public static final RiskBand MEDIUM = new RiskBand(3000, 4999);
    public static final RiskBand HIGH = new RiskBand(5000, 10_000);
    public static final RiskBands BANDS = new RiskBands(MEDIUM.getLowThreshold(), HIGH.getLowThreshold());

    private SystemRiskRange() {
    }

    public static RiskRange create() {
        RiskRange range = new RiskRange(ID, GENERAL_LEDGER);
        applyTo(range);
        return range;
    }

    /** Whether {@code stored} still holds every seeded attribute. */
    public static boolean describes(RiskRange stored) {
        return NAME.equals(stored.getName()) && DESCRIPTION.equals(stored.getDescription())
                && LOW.equals(stored.getLow()) && MEDIUM.equals(stored.getMedium()) && HIGH.equals(stored.getHigh());
    }

    public static void applyTo(RiskRange stored) {
        stored.describe(NAME, DESCRIPTION);
        stored.setBands(new RiskBand(LOW.getLowThreshold(), LOW.getHighThreshold()),
                new RiskBand(MEDIUM.getLowThreshold(), MEDIUM.getHighThreshold()),
                new RiskBand(HIGH.getLowThreshold(), HIGH.getHighThreshold()));
    }
}
