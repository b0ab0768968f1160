package org.assay.platform.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.function.Supplier;
import org.assay.access.boundary.CallerContext;
import org.assay.platform.entity.AuditedEntity;
import org.assay.platform.entity.ObjectIds;

/**
 * The conventions every façade applies to its entities, in one place: audit stamps from the caller, lookups that
 * answer 404, the optimistic-lock check of a PUT's {@code version}, and unique-constraint races turned into 409.
 * Runs inside the calling façade's transaction.
 */
@Dependent
public class EntityStore {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    CallerContext caller;

    @Inject
    Clock clock;

    public EntityManager em() {
        return em;
    }

    public <T extends AuditedEntity> T create(T entity) {
        entity.stampCreated(caller.info(), clock.instant());
        em.persist(entity);
        return entity;
    }

    /** The entity, or 404 (a malformed id names nothing, so it is a 404 too). */
    public <T extends AuditedEntity> T find(Class<T> type, String entityType, String id) {
        T entity = ObjectIds.isValid(id) ? em.find(type, id) : null;
        if (entity == null) {
            throw new EntityNotFoundException(entityType, id);
        }
        return entity;
    }

    /** Whether {@code id} names an entity of {@code type}, for checking the ids a request refers to. */
    public boolean exists(Class<?> type, String id) {
        return ObjectIds.isValid(id) && em.find(type, id) != null;
    }

    /** Refuses an update whose {@code version} is not the entity's current one. */
    public void checkVersion(AuditedEntity entity, String entityType, Long sentVersion) {
        if (sentVersion == null) {
            throw InvalidInputException.of("version", "version is required: send the version of your last read");
        }
        if (sentVersion != entity.getVersion()) {
            throw new StaleVersionException(entityType, entity.getId(), sentVersion, entity.getVersion());
        }
    }

    public void modified(AuditedEntity entity) {
        entity.stampModified(caller.info(), clock.instant());
    }

    public void delete(AuditedEntity entity) {
        em.remove(entity);
    }

    /**
     * Flushes now so that a unique constraint lost to a concurrent request is reported as the caller's conflict
     * instead of failing the commit with a 500.
     */
    public void flush(Supplier<? extends DomainException> onConstraintViolation) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw onConstraintViolation.get();
        }
    }
}
