package org.assay.audit.boundary;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import org.assay.audit.entity.AuditRecord;

/**
 * The SQL form of an audit record, for {@link AuditWriter}'s batch inserts. Column names are those the JPA
 * mapping of {@code AuditEvent} gives them: its explicit {@code @Column} names, else the field names, unquoted
 * (so each database folds them the same way for the mapping and for this statement).
 */
final class AuditRows {

    static final String INSERT = "insert into audit_event (id, node, sequence, event_time, type, requestId, userId,"
            + " token_id, partialToken, clientAddress, userAgent, method, route, resourceIds, status,"
            + " latencyMillis, detail, previousHash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

    private AuditRows() {
    }

    static void bind(PreparedStatement insert, String id, AuditRecord r, String node, long sequence,
            String previousHash, String hash) throws SQLException {
        insert.setString(1, id);
        insert.setString(2, node);
        insert.setLong(3, sequence);
        insert.setObject(4, r.time().atOffset(ZoneOffset.UTC));
        insert.setString(5, r.type().name());
        insert.setString(6, r.requestId());
        insert.setString(7, r.userId());
        insert.setString(8, r.tokenId());
        insert.setString(9, r.partialToken());
        insert.setString(10, r.clientAddress());
        insert.setString(11, r.userAgent());
        insert.setString(12, r.method());
        insert.setString(13, r.route());
        insert.setString(14, r.resourceIds());
        if (r.status() == null) {
            insert.setNull(15, Types.INTEGER);
        } else {
            insert.setInt(15, r.status());
        }
        if (r.latencyMillis() == null) {
            insert.setNull(16, Types.BIGINT);
        } else {
            insert.setLong(16, r.latencyMillis());
        }
        insert.setString(17, r.detail());
        insert.setString(18, previousHash);
        insert.setString(19, hash);
    }
}
