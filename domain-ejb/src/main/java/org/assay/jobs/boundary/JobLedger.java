package org.assay.jobs.boundary;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.entity.UserInfo;

/**
 * The state of jobs, each change in its own transaction so that it is visible at once to pollers and other nodes.
 * Not a caller-facing façade: only {@link JobRunner}, {@link JobRecovery} and job handlers use it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLedger {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    /** A job as a node took it. */
    public record Claim(AsyncResult.Type type, String entityId, UserInfo startedBy, int attempt) {
    }

    /**
     * Takes the job for {@code node} when it is still in progress and nobody is running it: unclaimed, or claimed
     * by this node before it (re)started at {@code nodeStart}, or by a node whose heart beat stopped
     * {@code staleAfter} ago. The row lock makes two nodes racing for the same job agree on one winner.
     */
    public Optional<Claim> claim(String id, String node, Instant nodeStart, Duration staleAfter) {
        AsyncResult job = em.find(AsyncResult.class, id, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (job == null || !job.claimableBy(node, nodeStart, now.minus(staleAfter))) {
            return Optional.empty();
        }
        job.claim(node, now);
        return Optional.of(new Claim(job.getType(), job.getEntityId(), job.getCreatedUserInfo(), job.getAttempts()));
    }

    public void beat(String id) {
        AsyncResult job = em.find(AsyncResult.class, id);
        if (job != null && job.isInProgress()) {
            job.beat(clock.instant());
        }
    }

    /** Ends the job in {@code ERROR}, unless it already ended. */
    public void fail(String id, String error, String message) {
        AsyncResult job = em.find(AsyncResult.class, id);
        if (job != null && job.isInProgress()) {
            job.fail(error, message);
            job.stampModified(job.getCreatedUserInfo(), clock.instant());
        }
    }

    /** Jobs still in progress: candidates for a restart or a take-over. */
    public List<String> inProgress() {
        return em.createNamedQuery(AsyncResult.IN_PROGRESS, AsyncResult.class).getResultStream()
                .map(AsyncResult::getId).toList();
    }
}
