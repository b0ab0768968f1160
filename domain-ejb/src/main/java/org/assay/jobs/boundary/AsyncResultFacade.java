package org.assay.jobs.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.function.BiFunction;
import org.assay.access.boundary.CallerContext;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/**
 * Reading jobs ({@code /async-results}). The reference has no permission of its own for them: any caller may read
 * the jobs of engagements it can see, and the installation-wide jobs it started itself.
 */
@Stateless
@PermitAll
public class AsyncResultFacade {

    static final String ENTITY = "ASYNC_RESULT";

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .id("entityId", "entityId")
            .enumeration("type", "type", AsyncResult.Type.class)
            .enumeration("status", "status", AsyncResult.Status.class)
            .enumeration("entityType", "entityType", AsyncResult.EntityType.class)
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    EngagementAccess access;

    @Inject
    CallerContext caller;

    public AsyncResultRead get(String id) {
        AsyncResult result = store.find(AsyncResult.class, ENTITY, id);
        if (result.getEngagementId() != null) {
            access.checkVisible(result.getEngagementId(), ENTITY, id);
        } else if (!caller.isTenantWide() && !caller.userId().equals(result.getCreatedUserInfo().getUserId())) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        return AsyncResultRead.of(result);
    }

    public Page<AsyncResultRead> query(QueryRequest request) {
        return queries.page(AsyncResult.class, FIELDS, request, visibility()).map(AsyncResultRead::of);
    }

    private BiFunction<CriteriaBuilder, Root<AsyncResult>, Predicate> visibility() {
        BiFunction<CriteriaBuilder, Root<AsyncResult>, Predicate> inVisibleEngagement = access.restriction("engagementId");
        if (inVisibleEngagement == null) {
            return null;
        }
        String userId = caller.userId();
        return (cb, root) -> cb.or(inVisibleEngagement.apply(cb, root), cb.and(cb.isNull(root.get("engagementId")),
                cb.equal(root.get("createdUserInfo").get("userId"), userId)));
    }
}
