package org.assay.audit.boundary;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.ZoneOffset;
import java.util.Collections;
import org.assay.audit.entity.AuditRecord;

/**
 * The SQL form of audit records, for {@link AuditWriter}'s multi-row inserts. Column names are those the JPA
 * mapping of {@code AuditEvent} gives them: its explicit {@code @Column} names, else the field names, unquoted
 * (so each database folds them the same way for the mapping and for this statement).
 */
final class AuditRows {

    /**
     * Rows per INSERT statement: the database parses and executes one statement per hundred rows instead of one per
     * row (its effect on request throughput is below what bench/protection.sh can resolve).
     */
    static final int ROWS_PER_STATEMENT = 100;
    private static final int COLUMNS = 19;
    private static final String ROW = "(" + "?, ".repeat(COLUMNS - 1) + "?)";

    /** An INSERT of {@code rows} rows, each bound with {@link #bind}. */
    static String insert(int rows) {
        return "insert into audit_event (id, node, sequence, event_time, type, requestId, userId, token_id,"
                + " partialToken, clientAddress, userAgent, method, route, resourceIds, status, latencyMillis, detail,"
                + " previousHash, hash) values " + String.join(", ", Collections.nCopies(rows, ROW));
    }

    private AuditRows() {
    }

    /** Binds the parameters of the statement's {@code row}-th row (from 0). */
    static void bind(PreparedStatement insert, int row, String id, AuditRecord r, String node, long sequence,
            String previousHash, String hash) throws SQLException {
        int at = row * COLUMNS;
        insert.setString(at + 1, id);
        insert.setString(at + 2, node);
        insert.setLong(at + 3, sequence);
        insert.setObject(at + 4, r.time().atOffset(ZoneOffset.UTC));
        insert.setString(at + 5, r.type().name());
        insert.setString(at + 6, r.requestId());
        insert.setString(at + 7, r.userId());
        insert.setString(at + 8, r.tokenId());
        insert.setString(at + 9, r.partialToken());
        insert.setString(at + 10, r.clientAddress());
        insert.setString(at + 11, r.userAgent());
        insert.setString(at + 12, r.method());
        insert.setString(at + 13, r.route());
        insert.setString(at + 14, r.resourceIds());
        if (r.status() == null) {
            insert.setNull(at + 15, Types.INTEGER);
        } else {
            insert.setInt(at + 15, r.status());
        }
        if (r.latencyMillis() == null) {
            insert.setNull(at + 16, Types.BIGINT);
        } else {
            insert.setLong(at + 16, r.latencyMillis());
        }
        insert.setString(at + 17, r.detail());
        insert.setString(at + 18, previousHash);
        insert.setString(at + 19, hash);
    }
}
