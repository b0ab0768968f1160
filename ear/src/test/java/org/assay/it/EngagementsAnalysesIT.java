package org.assay.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;

/** Engagements and analyses: who may see them, and what they refuse. */
class EngagementsAnalysesIT extends AgainstTheEar {

    @Test
    void anAuditorSeesOnlyTheEngagementsTheyWorkOn() {
        PartnerFlow partner = new PartnerFlow();
        JsonObject engagement = partner.engagement(partner.organization(), Api.unique("Private"));
        String engagementId = engagement.getString("id");
        String analysisId = partner.analysis(engagementId).getString("id");
        String[] auditor = Api.userWithRole("ROLE_USER");

        for (String path : new String[] {"/api/v1/engagements/" + engagementId, "/api/v1/analyses/" + analysisId,
            "/api/v1/analyses/" + analysisId + "/status"}) {
            assertEquals(404, Api.get(path, auditor[1]).status(), path + " is hidden like a missing id");
        }
        Api.Reply query = Api.post("/api/v1/analyses/query", auditor[1],
                "{\"engagementId\":{\"$eq\":\"" + engagementId + "\"}}");
        assertEquals(200, query.status());
        assertTrue(query.body().getJsonArray("content").isEmpty(), query.raw().body());

        Api.Reply added = Api.put("/api/v1/engagements/" + engagementId, partner.token, "{\"version\":0,\"name\":\""
                + engagement.getString("name") + "\",\"auditorIds\":[\"" + auditor[0] + "\"]}");
        assertEquals(200, added.status(), added.raw().body());
        assertEquals(200, Api.get("/api/v1/engagements/" + engagementId, auditor[1]).status());
        assertEquals(200, Api.get("/api/v1/analyses/" + analysisId, auditor[1]).status());
        assertEquals(1, Api.post("/api/v1/analyses/query", auditor[1], "{\"engagementId\":{\"$eq\":\"" + engagementId
                + "\"}}").body().getJsonArray("content").size());
    }

    @Test
    void badAnalysesAreRefusedNamingTheField() {
        PartnerFlow partner = new PartnerFlow();
        String engagementId = partner.engagement(partner.organization(), Api.unique("Checks")).getString("id");
        String base = "{\"engagementId\":\"" + engagementId + "\",\"analysisTypeId\":\"" + PartnerFlow.GENERAL_LEDGER
                + "\",\"name\":\"GL\",";
        Api.Reply twoPeriods = Api.post("/api/v1/analyses", partner.token, base + "\"analysisPeriods\":["
                + "{\"startDate\":\"2025-01-01\",\"endDate\":\"2025-06-30\"},"
                + "{\"startDate\":\"2025-07-01\",\"endDate\":\"2025-12-31\"}]}");
        assertEquals(400, twoPeriods.status(), twoPeriods.raw().body());
        assertEquals("analysisPeriods", twoPeriods.firstIdentifier());

        Api.Reply backwards = Api.post("/api/v1/analyses", partner.token, base + "\"analysisPeriods\":["
                + "{\"startDate\":\"2025-12-31\",\"endDate\":\"2025-01-01\"}]}");
        assertEquals("analysisPeriods[0].endDate", backwards.firstIdentifier());

        Api.Reply currency = Api.post("/api/v1/analyses", partner.token, base + "\"currencyCode\":\"EURO\","
                + "\"analysisPeriods\":[{\"startDate\":\"2025-01-01\",\"endDate\":\"2025-12-31\"}]}");
        assertEquals(400, currency.status());
        assertEquals("currencyCode", currency.firstIdentifier());

        Api.Reply type = Api.post("/api/v1/analyses", partner.token, base.replace(PartnerFlow.GENERAL_LEDGER,
                "0123456789abcdef01234567") + "\"analysisPeriods\":[{\"startDate\":\"2025-01-01\","
                + "\"endDate\":\"2025-12-31\"}]}");
        assertEquals(400, type.status());
        assertEquals("analysisTypeId", type.firstIdentifier());
    }

    @Test
    void staleVersionsAndNonEmptyParentsAreConflicts() {
        PartnerFlow partner = new PartnerFlow();
        String organizationId = partner.organization();
        JsonObject engagement = partner.engagement(organizationId, Api.unique("Conflicts"));
        String engagementId = engagement.getString("id");
        JsonObject analysis = partner.analysis(engagementId);

        Api.Reply stale = Api.put("/api/v1/engagements/" + engagementId, partner.token,
                "{\"version\":7,\"name\":\"Renamed\"}");
        assertEquals(409, stale.status(), stale.raw().body());
        assertEquals(409, Api.delete("/api/v1/engagements/" + engagementId, partner.token).status(),
                "an engagement holding an analysis");
        assertEquals(409, Api.delete("/api/v1/organizations/" + organizationId, partner.token).status(),
                "an organization holding an engagement");

        Api.Reply renamed = Api.put("/api/v1/analyses/" + analysis.getString("id"), partner.token, "{\"version\":0,"
                + "\"name\":\"Renamed\",\"archived\":false,\"analysisPeriods\":[{\"id\":\"" + analysis
                .getJsonArray("analysisPeriods").getJsonObject(0).getString("id") + "\",\"startDate\":\"2025-01-01\","
                + "\"endDate\":\"2025-12-31\"}]}");
        assertEquals(200, renamed.status(), renamed.raw().body());
        assertEquals(analysis.getJsonArray("analysisPeriods").getJsonObject(0).getString("id"),
                renamed.body().getJsonArray("analysisPeriods").getJsonObject(0).getString("id"), "periods keep ids");

        assertEquals(204, Api.delete("/api/v1/analyses/" + analysis.getString("id"), partner.token).status());
        assertEquals(204, Api.delete("/api/v1/engagements/" + engagementId, partner.token).status());
        assertEquals(204, Api.delete("/api/v1/organizations/" + organizationId, partner.token).status());
    }
}
