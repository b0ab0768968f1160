package org.assay.platform.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.List;
import java.util.function.BiFunction;
import org.assay.platform.query.EntityQuery;
import org.assay.platform.query.Page;
import org.assay.platform.query.PageRequest;
import org.assay.platform.query.QueryException;
import org.assay.platform.query.QueryFields;
import org.assay.platform.query.SortOrder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Runs the paged, filtered, sorted queries of every {@code /query} endpoint with the configured page sizes. */
@ApplicationScoped
public class EntityQueries {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "assay.paging.default-size", defaultValue = "20")
    int defaultSize;

    @Inject
    @ConfigProperty(name = "assay.paging.max-size", defaultValue = "100")
    int maxSize;

    /**
     * One page of {@code type} matching the request, narrowed by {@code restriction} (object-level access; may be
     * null). A mistake in the filter, page, size or sort is a 400 naming what was wrong.
     */
    public <T> Page<T> page(Class<T> type, QueryFields fields, QueryRequest request,
            BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction) {
        return page(type, fields, request, restriction, maxSize);
    }

    /** As {@link #page(Class, QueryFields, QueryRequest, BiFunction)}, for internal readers with a larger page. */
    public <T> Page<T> page(Class<T> type, QueryFields fields, QueryRequest request,
            BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction, int largestPage) {
        try {
            PageRequest pageRequest = PageRequest.of(integer("page", request.page()), integer("size", request.size()),
                    defaultSize, largestPage);
            List<SortOrder> sort = SortOrder.parse(request.sort() == null ? List.of() : request.sort(), fields);
            JsonObject filter = request.filter() == null ? JsonObject.EMPTY_JSON_OBJECT : request.filter();
            return new EntityQuery<>(em, type, fields).page(filter, sort, pageRequest, restriction);
        } catch (QueryException e) {
            throw new InvalidInputException(List.of(
                    Problem.error(ProblemType.FILTER_CONVERSION_FAILED, e.identifier(), e.reason())));
        }
    }

    private static Integer integer(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            throw new QueryException(parameter, "must be a whole number, got '" + value + "'");
        }
    }
}
