package org.assay.riskranges.boundary;

import static org.assay.access.control.Permissions.RISK_RANGES_DELETE;
import static org.assay.access.control.Permissions.RISK_RANGES_READ;
import static org.assay.access.control.Permissions.RISK_RANGES_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.catalogue.entity.Library;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.DuplicateValueException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.riskranges.entity.RiskRange;

/**
 * Risk ranges (api-reference §3.15). Library ranges and the system default are seen by everybody holding the read
 * permission; an engagement's ranges only by those who may see the engagement, and to anybody else they answer 404
 * as if they did not exist. The system default can be neither changed nor deleted.
 */
@Stateless
public class RiskRangeFacade {

    static final String ENTITY = "RISK_RANGE";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("libraryId", "libraryId")
            .id("engagementId", "engagementId")
            .id("analysisTypeId", "analysisTypeId")
            .string("name", "name")
            .bool("system", "system")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    EngagementAccess access;

    @RolesAllowed(RISK_RANGES_WRITE)
    public RiskRangeRead create(RiskRangeCreate request) {
        List<Problem> problems = new ArrayList<>();
        scope(request.libraryId(), request.engagementId(), problems);
        if (request.analysisTypeId() == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisTypeId", "analysisTypeId is required"));
        } else if (!store.exists(AnalysisType.class, request.analysisTypeId())) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisTypeId",
                    "no analysis type has id " + request.analysisTypeId()));
        }
        problems.addAll(RiskRangeRules.texts(request.name(), request.description()));
        problems.addAll(RiskRangeRules.bands(request.low(), request.medium(), request.high()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        refuseSecondRange(request.libraryId(), request.engagementId(), request.analysisTypeId());
        RiskRange range = new RiskRange(request.libraryId(), request.engagementId(), request.analysisTypeId());
        range.describe(request.name(), request.description());
        range.setBands(request.low().toBand(), request.medium().toBand(), request.high().toBand());
        store.create(range);
        store.flush(() -> duplicate(request.analysisTypeId()));
        return RiskRangeRead.of(range);
    }

    @RolesAllowed(RISK_RANGES_READ)
    public RiskRangeRead get(String id) {
        return RiskRangeRead.of(findVisible(id));
    }

    @RolesAllowed(RISK_RANGES_READ)
    public Page<RiskRangeRead> query(QueryRequest request) {
        return queries.page(RiskRange.class, FIELDS, request, visibility()).map(RiskRangeRead::of);
    }

    @RolesAllowed(RISK_RANGES_WRITE)
    public RiskRangeRead update(String id, RiskRangeUpdate request) {
        RiskRange range = findVisible(id);
        if (range.isSystem()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "system",
                    "the system default risk range '" + range.getName() + "' cannot be changed; create a range for "
                            + "the library or the engagement instead");
        }
        store.checkVersion(range, ENTITY, request.version());
        List<Problem> problems = new ArrayList<>(RiskRangeRules.texts(request.name(), request.description()));
        problems.addAll(RiskRangeRules.bands(request.low(), request.medium(), request.high()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        range.describe(request.name(), request.description());
        range.setBands(request.low().toBand(), request.medium().toBand(), request.high().toBand());
        store.modified(range);
        store.em().flush(); // the answer carries the incremented version
        return RiskRangeRead.of(range);
    }

    @RolesAllowed(RISK_RANGES_DELETE)
    public void delete(String id) {
        RiskRange range = findVisible(id);
        if (range.isSystem()) {
            throw new InvalidStateException(ProblemType.CANNOT_DELETE, ENTITY, id, "system",
                    "the system default risk range '" + range.getName() + "' cannot be deleted");
        }
        store.delete(range);
    }

    private RiskRange findVisible(String id) {
        RiskRange range = store.find(RiskRange.class, ENTITY, id);
        if (range.getEngagementId() != null) {
            access.checkVisible(range.getEngagementId(), ENTITY, id);
        }
        return range;
    }

    /** Library and system ranges for everybody; engagement ranges only of the engagements the caller sees. */
    private BiFunction<CriteriaBuilder, Root<RiskRange>, Predicate> visibility() {
        BiFunction<CriteriaBuilder, Root<RiskRange>, Predicate> engagements = access.restriction("engagementId");
        if (engagements == null) {
            return null;
        }
        return (cb, root) -> cb.or(cb.isNull(root.get("engagementId")), engagements.apply(cb, root));
    }

    /** Exactly one of a library and an engagement; the engagement must be visible (404 otherwise). */
    private void scope(String libraryId, String engagementId, List<Problem> problems) {
        if (libraryId == null && engagementId == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "libraryId",
                    "libraryId (or, for an engagement's own range, engagementId) is required"));
        } else if (libraryId != null && engagementId != null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "engagementId",
                    "a risk range belongs to a library or to an engagement: send libraryId or engagementId, not both"));
        } else if (libraryId != null && !store.exists(Library.class, libraryId)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "libraryId", "no library has id " + libraryId));
        } else if (engagementId != null) {
            access.findVisible(engagementId);
        }
    }

    private void refuseSecondRange(String libraryId, String engagementId, String analysisTypeId) {
        boolean taken = !store.em().createNamedQuery(RiskRange.BY_SCOPE, RiskRange.class)
                .setParameter("scopeKey", RiskRange.scopeKey(libraryId, engagementId))
                .setParameter("analysisTypeId", analysisTypeId).getResultList().isEmpty();
        if (taken) {
            throw duplicate(analysisTypeId);
        }
    }

    private static DuplicateValueException duplicate(String analysisTypeId) {
        return new DuplicateValueException(ENTITY, "analysisTypeId", analysisTypeId);
    }
}
