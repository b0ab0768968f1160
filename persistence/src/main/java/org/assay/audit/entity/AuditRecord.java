package org.assay.audit.entity;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The content of an audit record, before it takes its place in the chain. Fields are cut to their column sizes
 * and the time to microseconds here, so that what is hashed is exactly what is stored.
 */
public record AuditRecord(Instant time, AuditEventType type, String requestId, String userId, String tokenId,
        String partialToken, String clientAddress, String userAgent, String method, String route,
        String resourceIds, Integer status, Long latencyMillis, String detail) {

    public AuditRecord {
        time = time.truncatedTo(ChronoUnit.MICROS);
        userAgent = cut(userAgent, 256);
        route = cut(route, 200);
        resourceIds = cut(resourceIds, 200);
        detail = cut(detail, 500);
        clientAddress = cut(clientAddress, 45);
    }

    /** A security event that is not an API call. */
    public static AuditRecord event(Instant time, AuditEventType type, String userId, String tokenId,
            String partialToken, String clientAddress, String detail) {
        return new AuditRecord(time, type, null, userId, tokenId, partialToken, clientAddress, null, null, null, null,
                null, null, detail);
    }

    private static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
