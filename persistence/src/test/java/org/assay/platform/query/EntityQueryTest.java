package org.assay.platform.query;

import static org.assay.platform.query.TestDatabase.OWNER_1;
import static org.assay.platform.query.TestDatabase.allCodes;
import static org.assay.platform.query.TestDatabase.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.BiFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Ordering, the id tie-breaker, paging (also past the end), counting and the restriction predicate. */
class EntityQueryTest {

    private static final JsonObject ALL = json("{}");
    private static final PageRequest EVERYTHING = new PageRequest(0, 100);

    private EntityManager em;
    private EntityQuery<TestAccount> query;

    @BeforeEach
    void open() {
        em = TestDatabase.entityManager();
        query = new EntityQuery<>(em, TestAccount.class, TestDatabase.FIELDS);
    }

    @AfterEach
    void close() {
        em.close();
    }

    private static List<String> codes(Page<TestAccount> page) {
        return page.content().stream().map(TestAccount::getCode).toList();
    }

    private static List<String> codes(String spaceSeparated) {
        return spaceSeparated.isBlank() ? List.of() : Arrays.asList(spaceSeparated.split(" "));
    }

    private static List<SortOrder> sort(String... params) {
        return SortOrder.parse(List.of(params), TestDatabase.FIELDS);
    }

    private static List<String> byId(List<String> codes) {
        return codes.stream().sorted(Comparator.comparing(TestDatabase::id)).toList();
    }

    /** All rows ordered by credit descending, then id ascending, computed in Java. */
    private List<String> byCreditDescThenId() {
        List<TestAccount> all = new ArrayList<>(
                em.createQuery("select a from TestAccount a", TestAccount.class).getResultList());
        all.sort(Comparator.comparingLong(TestAccount::getCredit).reversed().thenComparing(TestAccount::getId));
        return all.stream().map(TestAccount::getCode).toList();
    }

    @Test
    void withoutSortTheOrderIsIdAscending() {
        Page<TestAccount> page = query.page(ALL, List.of(), EVERYTHING, null);
        assertEquals(byId(allCodes()), codes(page));
        assertEquals(8, page.totalElements());
        assertEquals(byId(allCodes()), codes(query.page(null, null, EVERYTHING, null)));
    }

    @Test
    void idIsTheTieBreakerAfterTheRequestedSort() {
        List<String> expected = byCreditDescThenId();
        assertEquals(expected, codes(query.page(ALL, sort("credit,desc"), EVERYTHING, null)));
        // the ties (credit 1000: d e, credit 300: c g) really are ordered by id
        assertEquals(byId(List.of("d", "e")), expected.subList(0, 2));
        assertEquals(byId(List.of("c", "g")), expected.subList(2, 4));
    }

    @Test
    void severalSortKeys() {
        JsonObject withStatus = json("{'status': {'$in': ['OPEN', 'CLOSED', 'PENDING']}}");
        assertEquals(codes("b h f e g a d"),
                codes(query.page(withStatus, sort("status", "credit,desc"), EVERYTHING, null)));
        assertEquals(codes("d e g a b h f"),
                codes(query.page(withStatus, sort("status,desc", "credit,desc"), EVERYTHING, null)));
    }

    @Test
    void sortByDateTimeDescending() {
        JsonObject closed = json("{'closedAt': {'$gte': '2000-01-01'}}");
        assertEquals(codes("d e b g a f h"), codes(query.page(closed, sort("closedAt,desc"), EVERYTHING, null)));
    }

    @Test
    void sortByAnEmbeddableAttribute() {
        List<String> expected = new ArrayList<>(byId(List.of("a", "b")));
        expected.addAll(byId(List.of("c", "d", "e", "f", "g", "h")));
        assertEquals(expected, codes(query.page(ALL, sort("createdByName"), EVERYTHING, null)));
    }

    @Test
    void sortByIdDescending() {
        List<String> expected = new ArrayList<>(byId(allCodes()));
        java.util.Collections.reverse(expected);
        assertEquals(expected, codes(query.page(ALL, sort("id,desc"), EVERYTHING, null)));
    }

    @Test
    void pagesSliceTheOrderedResults() {
        List<String> expected = byCreditDescThenId();
        List<String> seen = new ArrayList<>();
        for (int number = 0; number < 3; number++) {
            Page<TestAccount> page = query.page(ALL, sort("credit,desc"), new PageRequest(number, 3), null);
            assertEquals(number, page.pageNumber());
            assertEquals(3, page.pageSize());
            assertEquals(8, page.totalElements());
            assertEquals(3, page.totalPages());
            assertEquals(number == 0, page.first());
            assertEquals(number == 2, page.last());
            seen.addAll(codes(page));
        }
        assertEquals(expected, seen);
    }

    @Test
    void pagePastTheEndIsEmptyWithTheRightTotal() {
        Page<TestAccount> page = query.page(ALL, sort("credit,desc"), new PageRequest(3, 3), null);
        assertTrue(page.content().isEmpty());
        assertEquals(0, page.numberOfElements());
        assertEquals(8, page.totalElements());
        assertEquals(3, page.totalPages());
        assertTrue(page.last());
    }

    @Test
    void pageFarPastTheEndIsEmptyToo() {
        // The offset, 10^11, does not fit a JPA first-result int.
        Page<TestAccount> page = query.page(ALL, List.of(), new PageRequest(1_000_000_000, 100), null);
        assertTrue(page.content().isEmpty());
        assertEquals(8, page.totalElements());
    }

    @Test
    void theFilterRestrictsContentAndTotal() {
        JsonObject open = json("{'status': 'OPEN'}");
        Page<TestAccount> first = query.page(open, List.of(), new PageRequest(0, 2), null);
        Page<TestAccount> second = query.page(open, List.of(), new PageRequest(1, 2), null);
        Page<TestAccount> third = query.page(open, List.of(), new PageRequest(2, 2), null);
        assertEquals(3, first.totalElements());
        assertEquals(2, first.totalPages());
        assertEquals(byId(List.of("a", "e", "g")), concat(codes(first), codes(second)));
        assertFalse(first.last());
        assertTrue(second.last());
        assertTrue(third.content().isEmpty());
        assertEquals(3, third.totalElements());
    }

    @Test
    void nothingMatches() {
        Page<TestAccount> page = query.page(json("{'code': 'zz'}"), List.of(), EVERYTHING, null);
        assertTrue(page.content().isEmpty());
        assertEquals(0, page.totalElements());
        assertEquals(0, page.totalPages());
        assertTrue(page.first());
        assertTrue(page.last());
    }

    @Test
    void theRestrictionLimitsContentAndTotal() {
        BiFunction<CriteriaBuilder, Root<TestAccount>, Predicate> ownedByOne =
                (cb, root) -> cb.equal(root.get("ownerId"), OWNER_1);
        Page<TestAccount> owned = query.page(ALL, List.of(), EVERYTHING, ownedByOne);
        assertEquals(byId(List.of("a", "d", "g")), codes(owned));
        assertEquals(3, owned.totalElements());

        Page<TestAccount> filtered = query.page(json("{'credit': {'$gte': 300}}"), List.of(), new PageRequest(0, 1),
                ownedByOne);
        assertEquals(2, filtered.totalElements());
        assertEquals(1, filtered.numberOfElements());
        assertEquals(byId(List.of("d", "g")).get(0), codes(filtered).get(0));
    }

    @Test
    void theRestrictionAppliesInsideAnOrFilterToo() {
        // The restriction is ANDed with the whole filter, so an $or cannot escape it.
        Page<TestAccount> page = query.page(json("{'$or': [{'code': 'b'}, {'code': 'd'}]}"), List.of(), EVERYTHING,
                (cb, root) -> cb.equal(root.get("ownerId"), OWNER_1));
        assertEquals(List.of("d"), codes(page));
        assertEquals(1, page.totalElements());
    }

    @Test
    void aRestrictionThatReturnsNullRestrictsNothing() {
        assertEquals(8, query.page(ALL, List.of(), EVERYTHING, (cb, root) -> null).totalElements());
    }

    @Test
    void unsortableOrUnknownSortFieldsAreRejected() {
        QueryException unsortable = assertThrows(QueryException.class,
                () -> query.page(ALL, List.of(new SortOrder("tags", true)), EVERYTHING, null));
        assertEquals("sort", unsortable.identifier());
        assertTrue(unsortable.reason().contains("cannot sort by 'tags'"), unsortable.reason());
        QueryException unknown = assertThrows(QueryException.class,
                () -> query.page(ALL, List.of(new SortOrder("nope", false)), EVERYTHING, null));
        assertEquals("sort", unknown.identifier());
        assertTrue(unknown.reason().contains("unknown field 'nope'"), unknown.reason());
    }

    @Test
    void filterErrorsReachTheCaller() {
        QueryException e = assertThrows(QueryException.class,
                () -> query.page(json("{'credit': {'$isubstr': '1'}}"), List.of(), EVERYTHING, null));
        assertEquals("credit.$isubstr", e.identifier());
    }

    @Test
    void pagesMapToOtherTypes() {
        Page<String> names = query.page(json("{'code': {'$in': ['a', 'b']}}"), sort("code"), EVERYTHING, null)
                .map(TestAccount::getName);
        assertEquals(List.of("Alpha Corp", "beta ltd"), names.content());
        assertEquals(2, names.totalElements());
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
