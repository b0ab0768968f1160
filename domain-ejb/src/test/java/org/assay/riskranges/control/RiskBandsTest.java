package org.assay.riskranges.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.riskranges.entity.RiskBand;
import org.assay.riskranges.entity.RiskRange;
import org.junit.jupiter.api.Test;

class RiskBandsTest {

    @Test
    void scoresAreClassifiedAtTheBandEdges() {
        RiskBands bands = new RiskBands(3000, 5000);
        assertEquals("LOW", bands.level(0));
        assertEquals("LOW", bands.level(2999));
        assertEquals("MEDIUM", bands.level(3000));
        assertEquals("MEDIUM", bands.level(4999));
        assertEquals("HIGH", bands.level(5000));
        assertEquals("HIGH", bands.level(10000));
    }

    @Test
    void bandsThatCannotHoldEveryLevelAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new RiskBands(0, 5000));
        assertThrows(IllegalArgumentException.class, () -> new RiskBands(5000, 5000));
        assertThrows(IllegalArgumentException.class, () -> new RiskBands(3000, 10001));
    }

    @Test
    void aStoredRangeGivesItsBands() {
        RiskRange range = new RiskRange("0123456789abcdef01234567", null, SystemRiskRange.GENERAL_LEDGER);
        range.setBands(new RiskBand(0, 999), new RiskBand(1000, 7999), new RiskBand(8000, 10000));
        assertEquals(new RiskBands(1000, 8000), RiskBands.of(range));
    }

    @Test
    void theSystemDefaultIsLowBelowThreeThousandAndHighFromFiveThousand() {
        RiskRange seeded = SystemRiskRange.create();
        assertTrue(seeded.isSystem());
        assertEquals(SystemRiskRange.ID, seeded.getId());
        assertEquals("Default", seeded.getName());
        assertTrue(SystemRiskRange.describes(seeded));
        assertEquals(SystemRiskRange.BANDS, RiskBands.of(seeded));
        assertEquals(new RiskBands(3000, 5000), SystemRiskRange.BANDS);
    }
}
