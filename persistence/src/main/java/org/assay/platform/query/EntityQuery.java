package org.assay.platform.query;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Order;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.metamodel.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Runs a filtered, sorted, paged query for one entity type: a count query and, unless the page lies past the end,
 * a content query, both restricted by the same filter (translated once per query root) and restriction.
 */
public final class EntityQuery<T> {

    private final EntityManager em;
    private final Class<T> type;
    private final QueryFields fields;
    private final String idAttribute;

    public EntityQuery(EntityManager em, Class<T> type, QueryFields fields) {
        this.em = Objects.requireNonNull(em, "em");
        this.type = Objects.requireNonNull(type, "type");
        this.fields = Objects.requireNonNull(fields, "fields");
        EntityType<T> entity = em.getMetamodel().entity(type);
        if (!entity.hasSingleIdAttribute()) {
            throw new IllegalArgumentException(type.getName() + " needs a single id attribute for stable paging");
        }
        this.idAttribute = entity.getId(entity.getIdType().getJavaType()).getName();
    }

    /**
     * One page of the entities that match the filter and the restriction, in the given order. The id, ascending,
     * is always the last sort key, so pages are stable; without a sort the order is by id alone. A page past the
     * end has no content but the right total.
     *
     * @param filter      an MQL filter; null or {} matches everything
     * @param sort        sort keys (see {@link SortOrder#parse}); null or empty for id order
     * @param pageRequest which page
     * @param restriction an extra predicate for object-level access control, or null
     * @throws QueryException for a client mistake in the filter or sort
     */
    public Page<T> page(JsonObject filter, List<SortOrder> sort, PageRequest pageRequest,
                        BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction) {
        Objects.requireNonNull(pageRequest, "pageRequest");
        CriteriaBuilder cb = em.getCriteriaBuilder();

        CriteriaQuery<T> query = cb.createQuery(type);
        Root<T> root = query.from(type);
        query.select(root).where(where(filter, restriction, cb, root)).orderBy(orders(sort, cb, root));

        CriteriaQuery<Long> count = cb.createQuery(Long.class);
        Root<T> countRoot = count.from(type);
        count.select(cb.count(countRoot)).where(where(filter, restriction, cb, countRoot));

        long total = em.createQuery(count).getSingleResult();
        long offset = pageRequest.offset();
        if (offset >= total) {
            return new Page<>(List.of(), pageRequest.page(), pageRequest.size(), total);
        }
        List<T> content = em.createQuery(query)
                .setFirstResult(Math.toIntExact(offset))
                .setMaxResults(pageRequest.size())
                .getResultList();
        return new Page<>(content, pageRequest.page(), pageRequest.size(), total);
    }

    private Predicate where(JsonObject filter, BiFunction<CriteriaBuilder, Root<T>, Predicate> restriction,
                            CriteriaBuilder cb, Root<T> root) {
        Predicate predicate = FilterTranslator.toPredicate(filter, fields, cb, root);
        Predicate restricted = restriction == null ? null : restriction.apply(cb, root);
        return restricted == null ? predicate : cb.and(predicate, restricted);
    }

    private List<Order> orders(List<SortOrder> sort, CriteriaBuilder cb, Root<T> root) {
        List<Order> orders = new ArrayList<>();
        boolean byId = false;
        for (SortOrder order : sort == null ? List.<SortOrder>of() : sort) {
            QueryField field = SortOrder.checkSortable(order.field(), fields);
            Path<Object> path = AttributePaths.resolve(root, field.attributePath());
            orders.add(order.ascending() ? cb.asc(path) : cb.desc(path));
            byId |= field.attributePath().equals(idAttribute);
        }
        if (!byId) {
            orders.add(cb.asc(root.get(idAttribute)));
        }
        return orders;
    }
}
