package org.assay.exports.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.assay.exports.entity.FileResult;
import org.assay.files.boundary.StoredFiles;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Deletes file results whose retention ({@code assay.exports.retention}) has passed, with their stored files, every
 * {@code assay.exports.sweep-every}. Each node sweeps; a result another node removed first is simply gone.
 */
@Singleton
@Startup
public class FileResultExpiry {

    @Resource
    TimerService timers;

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    StoredFiles storedFiles;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.exports.sweep-every", defaultValue = "PT10M")
    Duration every;

    @PostConstruct
    void schedule() {
        timers.createIntervalTimer(every.toMillis(), every.toMillis(), new TimerConfig("file-result-expiry", false));
    }

    @Timeout
    void sweep() {
        List<FileResult> expired = em.createNamedQuery(FileResult.EXPIRED, FileResult.class)
                .setParameter("now", clock.instant()).setMaxResults(500).getResultList();
        expired.forEach(em::remove);
        storedFiles.deleteAfterCommit(expired.stream().map(FileResult::getBlobId).toList());
    }
}
