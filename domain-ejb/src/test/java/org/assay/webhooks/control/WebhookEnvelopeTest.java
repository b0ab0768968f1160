package org.assay.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assay.platform.control.Jsons;
import org.junit.jupiter.api.Test;

class WebhookEnvelopeTest {

    @Test
    void theTwentyReferenceEventsAndAssaysTokenEventsMapToTheirPayloadTypes() {
        assertEquals(List.of("EXPORT_READY", "FILE_MANAGER_FILE_ADDED", "INGESTION_COMPLETE", "INGESTION_FAILED",
                "INGESTION_ANALYSIS_COMPLETE", "INGESTION_ANALYSIS_FAILED", "UNMAPPED_ACCOUNTS_DETECTED",
                "ENGAGEMENT_CREATED", "ENGAGEMENT_UPDATED", "ENGAGEMENT_DELETED", "ANALYSIS_CREATED",
                "ANALYSIS_UPDATED", "ANALYSIS_DELETED", "ANALYSIS_ARCHIVED", "ANALYSIS_UNARCHIVED", "USER_INVITED",
                "USER_STATUS_UPDATED", "USER_ROLE_UPDATED", "USER_DELETED", "USER_LOGIN", "API_TOKEN_CREATED",
                "API_TOKEN_RENEWED", "API_TOKEN_DISABLED", "API_TOKEN_DELETED"),
                Arrays.stream(WebhookEventType.values()).map(Enum::name).toList());
        assertEquals(List.of("export.ready", "data.added", "ingestion.complete", "ingestion.failed",
                "analysis.completed", "analysis.failed", "unmapped.accounts", "engagement.created",
                "engagement.updated", "engagement.deleted", "analysis.created", "analysis.updated",
                "analysis.deleted", "analysis.archived", "analysis.unarchived", "user.invited", "user.status",
                "user.role", "user.deleted", "user.login", "api-token.created", "api-token.renewed", "api-token.disabled",
                "api-token.deleted"),
                Arrays.stream(WebhookEventType.values()).map(WebhookEventType::payloadType).toList());
    }

    @Test
    void theEnvelopeCarriesTheReferenceFields() {
        Map<String, String> data = new LinkedHashMap<>();
        data.put("analysisSourceId", "s1");
        data.put("analysisId", "a1");
        data.put("engagementId", "e1");
        JsonObject json = Jsons.parse(WebhookEnvelope.json(WebhookEventType.INGESTION_COMPLETE, "ev1",
                Instant.parse("2026-03-01T10:15:30.123456Z"), "wh1", "acme", "u1", data)).asJsonObject();
        assertEquals(List.of("type", "eventId", "timestamp", "senderId", "tenantId", "userId", "data"),
                List.copyOf(json.keySet()));
        assertEquals("ingestion.complete", json.getString("type"));
        assertEquals("ev1", json.getString("eventId"));
        assertEquals("2026-03-01T10:15:30.123Z", json.getString("timestamp"));
        assertEquals("wh1", json.getString("senderId"));
        assertEquals("acme", json.getString("tenantId"));
        assertEquals("u1", json.getString("userId"));
        assertEquals(Jsons.parse("{\"eventId\":\"ev1\",\"analysisSourceId\":\"s1\",\"analysisId\":\"a1\","
                + "\"engagementId\":\"e1\"}"), json.getJsonObject("data"));
    }

    @Test
    void userEventsHaveNoEventIdInDataAndANullUserIsLeftOut() {
        JsonObject json = Jsons.parse(WebhookEnvelope.json(WebhookEventType.USER_ROLE_UPDATED, "ev2",
                Instant.EPOCH, "wh1", "assay", null, Map.of("role", "ROLE_USER", "targetUserId", "u9")))
                .asJsonObject();
        assertEquals("user.role", json.getString("type"));
        assertFalse(json.containsKey("userId"));
        assertEquals(Jsons.parse("{\"role\":\"ROLE_USER\",\"targetUserId\":\"u9\"}"), json.getJsonObject("data"));
    }
}
