package org.assay.platform.query;

import static org.assay.platform.query.TestDatabase.allCodes;
import static org.assay.platform.query.TestDatabase.codesMatching;
import static org.assay.platform.query.TestDatabase.json;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How terms combine: {}, implicit AND, $and/$or and their nesting, up to {@link FilterTranslator#MAX_DEPTH}. */
class FilterStructureTest {

    private static void assertMatches(String expectedCodes, String filter) {
        assertMatches(expectedCodes, json(filter));
    }

    private static void assertMatches(String expectedCodes, JsonObject filter) {
        List<String> expected = expectedCodes.isBlank() ? List.of() : Arrays.asList(expectedCodes.split(" "));
        assertEquals(expected, codesMatching(filter), filter.toString());
    }

    @Test
    void emptyFilterMatchesEverything() {
        assertEquals(allCodes(), codesMatching("{}"));
        assertEquals(allCodes(), codesMatching(JsonValue.EMPTY_JSON_OBJECT));
        assertEquals(allCodes(), codesMatching((JsonObject) null));
    }

    @Test
    void severalFieldsAreAnded() {
        assertMatches("e g", "{'status': 'OPEN', 'credit': {'$gte': 300}}");
        assertMatches("", "{'status': 'PENDING', 'active': false}");
    }

    @Test
    void severalOperatorsOnOneFieldAreAnded() {
        assertMatches("a b c g", "{'credit': {'$gte': 100, '$lt': 1000}}");
        assertMatches("d", "{'name': {'$iprefix': 'delta', '$isubstr': '_'}}");
    }

    @Test
    void or() {
        assertMatches("a d", "{'$or': [{'status': 'PENDING'}, {'name': {'$iprefix': 'alpha'}}]}");
        assertMatches("d e", "{'$or': [{'credit': 1000}]}");
    }

    @Test
    void and() {
        assertMatches("g", "{'$and': [{'status': 'OPEN'}, {'tier': {'$gt': 4}}]}");
    }

    @Test
    void junctionsBesideFieldTerms() {
        assertMatches("a f", "{'active': true, '$or': [{'credit': 100}, {'credit': -50}]}");
        assertMatches("a", "{'active': true, '$or': [{'credit': 100}, {'credit': -50}], '$and': [{'tier': 1}]}");
    }

    @Test
    void nestedJunctions() {
        assertMatches("d e g", "{'$or': [{'$and': [{'status': 'OPEN'}, {'tier': {'$gt': 1}}]},"
                + " {'tags': {'$contains': ['x', 'y', 'z']}}]}");
        assertMatches("b h", "{'$and': [{'$or': [{'hidden': true}, {'credit': 300}]},"
                + " {'$or': [{'status': 'CLOSED'}, {'tier': {'$gt': 5}}]}]}");
        assertMatches("a c g", "{'$or': [{'code': 'a'}, {'$and': [{'credit': 300}, {'$or': [{'owner': {'$ne':"
                + " '0000000000000000000000a2'}}]}]}]}");
    }

    @Test
    void emptyInAndNotInInsideJunctions() {
        assertMatches("a", "{'$or': [{'credit': {'$in': []}}, {'code': 'a'}]}");
        assertMatches("", "{'$and': [{'credit': {'$in': []}}, {'code': 'a'}]}");
        assertMatches("a", "{'$and': [{'credit': {'$nin': []}}, {'code': 'a'}]}");
        assertMatches("a b c d e f g h", "{'$or': [{'credit': {'$nin': []}}, {'code': 'a'}]}");
    }

    @Test
    void nestingUpToTheMaximumDepth() {
        assertMatches("a", nested(FilterTranslator.MAX_DEPTH, "{'code': 'a'}"));
        assertMatches("b", nested(FilterTranslator.MAX_DEPTH, "{'code': 'b'}").replace("$and", "$or"));
    }

    /** {@code depth} nested single-element $and arrays around the innermost filter. */
    static String nested(int depth, String innermost) {
        return "{'$and': [".repeat(depth) + innermost + "]}".repeat(depth);
    }
}
