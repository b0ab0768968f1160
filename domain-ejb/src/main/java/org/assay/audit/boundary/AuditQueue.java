package org.assay.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.assay.audit.entity.AuditEventType;
import org.assay.audit.entity.AuditRecord;
import org.assay.platform.boundary.RequestOrigin;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where audit records wait to be written: recording is an in-memory append, so it costs a request next to
 * nothing; {@link AuditWriter} chains and stores them in batches, and drains the queue on shutdown.
 */
@ApplicationScoped
public class AuditQueue {

    private final ConcurrentLinkedDeque<AuditRecord> pending = new ConcurrentLinkedDeque<>();
    private final AtomicInteger size = new AtomicInteger();

    @Inject
    Clock clock;

    @Inject
    Instance<RequestOrigin> origins;

    /** Only for measuring what auditing costs (bench/protection.sh): an installation keeps it on. */
    @Inject
    @ConfigProperty(name = "assay.audit.enabled", defaultValue = "true")
    boolean enabled;

    public void record(AuditRecord record) {
        if (!enabled) {
            return;
        }
        pending.addLast(record);
        size.incrementAndGet();
    }

    /**
     * Records a security event that is not an API call; inside a request it also names the request, the client
     * address and user agent.
     */
    public void event(AuditEventType type, String userId, String tokenId, String partialToken, String detail) {
        String requestId = null;
        String address = null;
        String agent = null;
        try {
            RequestOrigin from = origins.get();
            requestId = from.requestId();
            address = from.clientAddress();
            agent = from.userAgent();
        } catch (ContextNotActiveException e) {
            // a timer or start-up task: there is no request to name
        }
        record(new AuditRecord(clock.instant(), type, requestId, userId, tokenId, partialToken, address, agent,
                null, null, null, null, null, detail));
    }

    List<AuditRecord> take(int max) {
        List<AuditRecord> batch = new ArrayList<>();
        AuditRecord next;
        while (batch.size() < max && (next = pending.pollFirst()) != null) {
            batch.add(next);
            size.decrementAndGet();
        }
        return batch;
    }

    /** Puts back a batch that could not be written, in its order, ahead of anything recorded since. */
    void putBack(List<AuditRecord> batch) {
        for (int i = batch.size() - 1; i >= 0; i--) {
            pending.addFirst(batch.get(i));
            size.incrementAndGet();
        }
    }

    public int size() {
        return size.get();
    }
}
