package org.assay.engagements.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.assay.access.boundary.CallerContext;
import org.assay.engagements.entity.Engagement;
import org.assay.organizations.entity.Organization;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.entity.AuditedEntity;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/**
 * Object-level access to engagements and to everything that lives in one (files, analyses, sources, jobs). App
 * Admins and API tokens see every engagement; anybody else sees those of the organizations they manage and those
 * they lead or audit. An engagement the caller may not see answers 404, exactly as if it did not exist.
 */
@Dependent
public class EngagementAccess {

    public static final String ENTITY = "ENGAGEMENT";

    @Inject
    EntityStore store;

    @Inject
    CallerContext caller;

    @Inject
    EntityQueries queries;

    /** The engagement, or 404 when it does not exist or the caller may not see it. */
    public Engagement findVisible(String engagementId) {
        Engagement engagement = store.find(Engagement.class, ENTITY, engagementId);
        if (!canSee(engagement)) {
            throw new EntityNotFoundException(ENTITY, engagementId);
        }
        return engagement;
    }

    /** Refuses (404) an object whose engagement the caller may not see; the object's own type names the 404. */
    public void checkVisible(String engagementId, String entityType, String entityId) {
        if (caller.isTenantWide()) {
            return;
        }
        Engagement engagement = engagementId == null ? null : store.em().find(Engagement.class, engagementId);
        if (engagement == null || !canSee(engagement)) {
            throw new EntityNotFoundException(entityType, entityId);
        }
    }

    /** An object living in an engagement, or 404 when it does not exist or its engagement is not visible. */
    public <T extends AuditedEntity> T find(Class<T> type, String entityType, String id,
            Function<T, String> engagementOf) {
        T entity = store.find(type, entityType, id);
        checkVisible(engagementOf.apply(entity), entityType, id);
        return entity;
    }

    /** One page of objects living in engagements, restricted to the visible engagements. */
    public <T, R> Page<R> page(Class<T> type, QueryFields fields, QueryRequest request, Function<T, R> read) {
        return queries.page(type, fields, request, this.<T>restriction("engagementId")).map(read);
    }

    public boolean canSee(Engagement engagement) {
        if (caller.isTenantWide()) {
            return true;
        }
        String userId = caller.userId();
        if (userId.equals(engagement.getEngagementLeadId()) || engagement.getAuditorIds().contains(userId)) {
            return true;
        }
        Organization organization = store.em().find(Organization.class, engagement.getOrganizationId());
        return organization != null && organization.getManagerUserIds().contains(userId);
    }

    /**
     * A query restriction to objects whose {@code engagementAttribute} names a visible engagement; null (no
     * restriction) for tenant-wide callers.
     */
    public <T> BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction(String engagementAttribute) {
        if (caller.isTenantWide()) {
            return null;
        }
        List<String> visible = visibleEngagementIds();
        return (cb, root) -> visible.isEmpty() ? cb.disjunction() : root.get(engagementAttribute).in(visible);
    }

    private List<String> visibleEngagementIds() {
        String userId = caller.userId();
        return store.em().createQuery("select distinct e.id from Engagement e left join e.auditorIds a "
                        + "where e.engagementLeadId = :user or a = :user or e.organizationId in "
                        + "(select o.id from Organization o where :user member of o.managerUserIds)", String.class)
                .setParameter("user", userId).getResultList();
    }
}
