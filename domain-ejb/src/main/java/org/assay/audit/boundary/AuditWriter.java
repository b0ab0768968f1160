package org.assay.audit.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.assay.audit.control.AuditChain;
import org.assay.audit.entity.AuditEvent;
import org.assay.audit.entity.AuditEventType;
import org.assay.audit.entity.AuditRecord;
import org.assay.platform.entity.ObjectIds;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The one writer of this node's audit chain: twice a second (by default) it takes what {@link AuditQueue} holds,
 * links each record to the previous one by hash and stores the batch in one transaction. On a normal shutdown it writes
 * whatever is still queued. Once a day it removes records older than the retention period.
 */
@Singleton
@Startup
@PermitAll
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class AuditWriter {

    private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());
    private static final int BATCH = 2_000;

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Resource
    TimerService timers;

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    @Inject
    AuditQueue queue;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.audit.retention-days", defaultValue = "365")
    int retentionDays;

    /**
     * Short enough that queued records die young: held for two seconds under load they outlived several young
     * collections and were promoted, which cost as much GC work per request as writing them (bench/protection.sh).
     */
    @Inject
    @ConfigProperty(name = "assay.audit.flush-interval", defaultValue = "PT0.5S")
    Duration flushInterval;

    private final ReentrantLock lock = new ReentrantLock();
    private String node;
    private long sequence;
    private String lastHash;

    @PostConstruct
    void start() {
        node = nodeName();
        List<AuditEvent> last = em.createNamedQuery(AuditEvent.LAST_OF_NODE, AuditEvent.class)
                .setParameter("node", node).setMaxResults(1).getResultList();
        sequence = last.isEmpty() ? 0 : last.get(0).getSequence();
        lastHash = last.isEmpty() ? AuditChain.GENESIS : last.get(0).getHash();
        timers.createIntervalTimer(flushInterval.toMillis(), flushInterval.toMillis(), new TimerConfig(null, false));
    }

    @Timeout
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void flush() {
        lock.lock();
        try {
            List<AuditRecord> batch;
            while (!(batch = queue.take(BATCH)).isEmpty()) {
                write(batch);
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Appends the batch with multi-row INSERTs over plain JDBC in the current transaction: records are never read
     * back or changed, so the ORM's per-entity bookkeeping (most of the writer's cost, measured) buys nothing here.
     */
    private void write(List<AuditRecord> batch) {
        long nextSequence = sequence;
        String previous = lastHash;
        try (Connection connection = database.getConnection()) {
            for (int from = 0; from < batch.size(); from += AuditRows.ROWS_PER_STATEMENT) {
                List<AuditRecord> rows =
                        batch.subList(from, Math.min(batch.size(), from + AuditRows.ROWS_PER_STATEMENT));
                try (PreparedStatement insert = connection.prepareStatement(AuditRows.insert(rows.size()))) {
                    for (int row = 0; row < rows.size(); row++) {
                        nextSequence++;
                        String hash = AuditChain.hash(rows.get(row), node, nextSequence, previous);
                        AuditRows.bind(insert, row, ObjectIds.next(), rows.get(row), node, nextSequence, previous,
                                hash);
                        previous = hash;
                    }
                    insert.executeUpdate();
                }
            }
            sequence = nextSequence;
            lastHash = previous;
        } catch (SQLException e) {
            queue.putBack(batch);
            LOG.log(Level.WARNING, "Could not write " + batch.size() + " audit records; will retry", e);
            throw new IllegalStateException("audit batch not written", e);
        }
    }

    @PreDestroy
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    void drainOnShutdown() {
        flush();
        if (queue.size() > 0) {
            LOG.severe(queue.size() + " audit records could not be written before shutdown");
        }
    }

    /** Removes records older than the retention period, and records that it did. */
    @Schedule(hour = "3", minute = "17", persistent = false)
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void purge() {
        if (retentionDays <= 0) {
            return;
        }
        lock.lock();
        try {
            Instant cutoff = clock.instant().minus(Duration.ofDays(retentionDays));
            int removed = em.createNamedQuery(AuditEvent.PURGE_BEFORE).setParameter("cutoff", cutoff).executeUpdate();
            if (removed > 0) {
                queue.event(AuditEventType.AUDIT_PURGED, null, null, null, "removed " + removed
                        + " records older than " + cutoff + " (retention " + retentionDays + " days)");
            }
        } finally {
            lock.unlock();
        }
    }

    private static String nodeName() {
        String configured = System.getProperty("jboss.node.name");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "node";
        }
    }
}
