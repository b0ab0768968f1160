package org.assay.riskranges.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.platform.boundary.EntityStore;
import org.assay.riskranges.control.RiskBands;
import org.assay.riskranges.control.SystemRiskRange;
import org.assay.riskranges.entity.RiskRange;

/**
 * Which bands classify the scores of an engagement's analysis: the engagement's own range for the analysis type,
 * else its library's, else the system default. For the scoring run, inside the server only (no permission: the
 * run has already been authorised and no caller's view is involved).
 */
@Stateless
public class RiskRanges {

    @Inject
    EntityStore store;

    public RiskBands forEngagement(String engagementId, String libraryId, String analysisTypeId) {
        if (engagementId != null) {
            RiskRange own = find(RiskRange.scopeKey(null, engagementId), analysisTypeId);
            if (own != null) {
                return RiskBands.of(own);
            }
        }
        if (libraryId != null) {
            RiskRange library = find(RiskRange.scopeKey(libraryId, null), analysisTypeId);
            if (library != null) {
                return RiskBands.of(library);
            }
        }
        RiskRange system = store.em().find(RiskRange.class, SystemRiskRange.ID);
        return system == null ? SystemRiskRange.BANDS : RiskBands.of(system);
    }

    private RiskRange find(String scopeKey, String analysisTypeId) {
        return store.em().createNamedQuery(RiskRange.BY_SCOPE, RiskRange.class).setParameter("scopeKey", scopeKey)
                .setParameter("analysisTypeId", analysisTypeId).getResultStream().findFirst().orElse(null);
    }
}
