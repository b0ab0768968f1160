package org.assay.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SortOrderTest {

    private static final QueryFields FIELDS = TestAccount.QUERY_FIELDS;

    private static List<SortOrder> parse(String... params) {
        return SortOrder.parse(Arrays.asList(params), FIELDS);
    }

    private static void assertRejected(String param, String... reasonFragments) {
        QueryException e = assertThrows(QueryException.class, () -> parse(param), param);
        assertEquals("sort", e.identifier());
        for (String fragment : reasonFragments) {
            assertTrue(e.reason().contains(fragment), () -> param + " -> " + e.reason());
        }
    }

    @Test
    void fieldAloneIsAscending() {
        assertEquals(List.of(new SortOrder("name", true)), parse("name"));
    }

    @Test
    void explicitDirectionsInAnyCase() {
        assertEquals(List.of(new SortOrder("name", true)), parse("name,asc"));
        assertEquals(List.of(new SortOrder("name", false)), parse("name,desc"));
        assertEquals(List.of(new SortOrder("name", true)), parse("name,ASC"));
        assertEquals(List.of(new SortOrder("name", false)), parse("name,Desc"));
        assertEquals(List.of(new SortOrder("name", false)), parse(" name , desc "));
    }

    @Test
    void eachParameterIsOneKeyInOrder() {
        assertEquals(List.of(new SortOrder("status", true), new SortOrder("credit", false),
                new SortOrder("createdByName", true)), parse("status", "credit,desc", "createdByName,asc"));
    }

    @Test
    void absentOrBlankParametersMeanNoSort() {
        assertEquals(List.of(), SortOrder.parse(null, FIELDS));
        assertEquals(List.of(), SortOrder.parse(List.of(), FIELDS));
        assertEquals(List.of(new SortOrder("code", true)), parse("", "code", "  ", null));
    }

    @Test
    void everyScalarTypeIsSortable() {
        for (String field : List.of("id", "code", "credit", "active", "openedOn", "closedAt", "status", "owner")) {
            assertEquals(List.of(new SortOrder(field, false)), parse(field + ",desc"));
        }
    }

    @Test
    void unknownField() {
        assertRejected("nope", "unknown field 'nope'", "sortable fields: id, code");
        assertRejected("Name,asc", "unknown field 'Name'");
        assertRejected(",asc", "unknown field ''");
    }

    @Test
    void unsortableFields() {
        assertRejected("tags", "cannot sort by 'tags'", "STRING_SET");
        assertRejected("flags,desc", "cannot sort by 'flags'", "FLAGS");
    }

    @Test
    void badDirection() {
        assertRejected("name,up", "bad direction 'up'", "asc or desc");
        assertRejected("name,", "bad direction ''");
        assertRejected("name,asc,desc", "field,asc|desc");
    }

    @Test
    void resultIsImmutable() {
        List<SortOrder> orders = parse("name");
        assertThrows(UnsupportedOperationException.class, () -> orders.add(new SortOrder("code", true)));
    }
}
