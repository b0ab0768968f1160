package org.assay.audit.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import org.assay.platform.entity.ObjectIds;

/**
 * One append-only audit record. Records form a hash chain per node: {@code hash} is the SHA-256 of the record's
 * content together with {@code previousHash}, the hash of the node's previous record, so altering, removing or
 * reordering a record breaks the chain from there on. Never updated; only retention deletes, oldest first.
 */
@Entity
@Table(name = "audit_event",
        uniqueConstraints = @UniqueConstraint(name = "uk_audit_node_sequence", columnNames = {"node", "sequence"}),
        indexes = @Index(name = "ix_audit_time", columnList = "event_time"))
@NamedQuery(name = AuditEvent.LAST_OF_NODE,
        query = "select e from AuditEvent e where e.node = :node order by e.sequence desc")
@NamedQuery(name = AuditEvent.CHAIN_AFTER, query = "select e from AuditEvent e where e.node > :node"
        + " or (e.node = :node and e.sequence > :sequence) order by e.node, e.sequence")
@NamedQuery(name = AuditEvent.PURGE_BEFORE, query = "delete from AuditEvent e where e.time < :cutoff")
public class AuditEvent {

    public static final String LAST_OF_NODE = "AuditEvent.lastOfNode";
    public static final String CHAIN_AFTER = "AuditEvent.chainAfter";
    public static final String PURGE_BEFORE = "AuditEvent.purgeBefore";

    @Id
    @Column(length = 24)
    private String id = ObjectIds.next();

    @Column(nullable = false, length = 64)
    private String node;

    @Column(nullable = false)
    private long sequence;

    @Column(name = "event_time", nullable = false)
    private Instant time;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private AuditEventType type;

    @Column(length = 36)
    private String requestId;

    @Column(length = 24)
    private String userId;

    @Column(name = "token_id", length = 24)
    private String tokenId;

    @Column(length = 40)
    private String partialToken;

    @Column(length = 45)
    private String clientAddress;

    @Column(length = 256)
    private String userAgent;

    @Column(length = 10)
    private String method;

    @Column(length = 200)
    private String route;

    @Column(length = 200)
    private String resourceIds;

    private Integer status;

    private Long latencyMillis;

    @Column(length = 500)
    private String detail;

    @Column(nullable = false, length = 64)
    private String previousHash;

    @Column(nullable = false, length = 64)
    private String hash;

    protected AuditEvent() {
    }

    public AuditEvent(AuditRecord record, String node, long sequence, String previousHash, String hash) {
        this.node = node;
        this.sequence = sequence;
        this.time = record.time();
        this.type = record.type();
        this.requestId = record.requestId();
        this.userId = record.userId();
        this.tokenId = record.tokenId();
        this.partialToken = record.partialToken();
        this.clientAddress = record.clientAddress();
        this.userAgent = record.userAgent();
        this.method = record.method();
        this.route = record.route();
        this.resourceIds = record.resourceIds();
        this.status = record.status();
        this.latencyMillis = record.latencyMillis();
        this.detail = record.detail();
        this.previousHash = previousHash;
        this.hash = hash;
    }

    /** The record's content, as hashed. */
    public AuditRecord record() {
        return new AuditRecord(time, type, requestId, userId, tokenId, partialToken, clientAddress, userAgent, method,
                route, resourceIds, status, latencyMillis, detail);
    }

    public String getId() {
        return id;
    }

    public Instant getTime() {
        return time;
    }

    public String getNode() {
        return node;
    }

    public long getSequence() {
        return sequence;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }
}
