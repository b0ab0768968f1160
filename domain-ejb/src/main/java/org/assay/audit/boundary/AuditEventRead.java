package org.assay.audit.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.audit.entity.AuditEvent;
import org.assay.audit.entity.AuditEventType;
import org.assay.audit.entity.AuditRecord;

/** An audit record as App Admins read and export it. */
public record AuditEventRead(String id, String node, long sequence, Instant time, AuditEventType type,
        String requestId, String userId, String tokenId, String partialToken, String clientAddress, String userAgent,
        String method, String route, String resourceIds, Integer status, Long latencyMillis, String detail,
        String previousHash, String hash) {

    /** Column order of the CSV export. */
    public static final List<String> COLUMNS = List.of("id", "node", "sequence", "time", "type", "requestId",
            "userId", "tokenId", "partialToken", "clientAddress", "userAgent", "method", "route", "resourceIds",
            "status", "latencyMillis", "detail", "previousHash", "hash");

    public static AuditEventRead of(AuditEvent e) {
        AuditRecord r = e.record();
        return new AuditEventRead(e.getId(), e.getNode(), e.getSequence(), r.time(), r.type(), r.requestId(),
                r.userId(), r.tokenId(), r.partialToken(), r.clientAddress(), r.userAgent(), r.method(), r.route(),
                r.resourceIds(), r.status(), r.latencyMillis(), r.detail(), e.getPreviousHash(), e.getHash());
    }

    public List<Object> cells() {
        return java.util.Arrays.asList(id, node, sequence, time, type, requestId, userId, tokenId, partialToken,
                clientAddress, userAgent, method, route, resourceIds, status, latencyMillis, detail, previousHash, hash);
    }
}
