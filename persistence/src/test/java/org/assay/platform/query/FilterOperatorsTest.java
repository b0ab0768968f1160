package org.assay.platform.query;

import static org.assay.platform.query.TestDatabase.OWNER_1;
import static org.assay.platform.query.TestDatabase.OWNER_2;
import static org.assay.platform.query.TestDatabase.OWNER_3;
import static org.assay.platform.query.TestDatabase.USER_1;
import static org.assay.platform.query.TestDatabase.codesMatching;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every operator on every field type it applies to, against the rows of {@link TestDatabase}. */
class FilterOperatorsTest {

    private static final String ALL = "a b c d e f g h";

    /** Asserts which rows (by code, space-separated, in code order) the filter matches; quotes may be single. */
    private static void assertMatches(String expectedCodes, String filter) {
        List<String> expected = expectedCodes.isBlank() ? List.of() : Arrays.asList(expectedCodes.split(" "));
        assertEquals(expected, codesMatching(filter), filter);
    }

    // ID

    @Test
    void idEqualityAndShortcut() {
        assertMatches("a d g", "{'owner': {'$eq': '" + OWNER_1 + "'}}");
        assertMatches("b e", "{'owner': '" + OWNER_2 + "'}");
    }

    @Test
    void idNotEqualIncludesNull() {
        assertMatches("b c e f h", "{'owner': {'$ne': '" + OWNER_1 + "'}}");
    }

    @Test
    void idInAndNotIn() {
        assertMatches("a d f g h", "{'owner': {'$in': ['" + OWNER_1 + "', '" + OWNER_3 + "']}}");
        assertMatches("b c e", "{'owner': {'$nin': ['" + OWNER_1 + "', '" + OWNER_3 + "']}}");
        assertMatches("", "{'owner': {'$in': []}}");
        assertMatches(ALL, "{'owner': {'$nin': []}}");
    }

    @Test
    void idRanges() {
        assertMatches("f h", "{'owner': {'$gt': '" + OWNER_2 + "'}}");
        assertMatches("b e f h", "{'owner': {'$gte': '" + OWNER_2 + "'}}");
        assertMatches("a d g", "{'owner': {'$lt': '" + OWNER_2 + "'}}");
        assertMatches("a b d e g", "{'owner': {'$lte': '" + OWNER_2 + "'}}");
    }

    @Test
    void entityIdAttribute() {
        String a = TestDatabase.id("a");
        assertMatches("c", "{'id': '" + TestDatabase.id("c") + "'}");
        assertMatches("a h", "{'id': {'$in': ['" + a + "', '" + TestDatabase.id("h") + "']}}");
        assertMatches("b c d e f g h", "{'id': {'$ne': '" + a + "'}}");
    }

    @Test
    void attributeOfAnEmbeddable() {
        assertMatches("a b", "{'createdBy': '" + USER_1 + "'}");
        assertMatches("c d e f g h", "{'createdBy': {'$ne': '" + USER_1 + "'}}");
        assertMatches("a b", "{'createdByName': {'$iprefix': 'USER 1'}}");
    }

    // STRING

    @Test
    void stringEqualityIsCaseSensitive() {
        assertMatches("b", "{'name': {'$eq': 'beta ltd'}}");
        assertMatches("", "{'name': {'$eq': 'Beta Ltd'}}");
        assertMatches("e", "{'name': 'DeltaXX'}");
    }

    @Test
    void stringNotEqualIncludesNull() {
        assertMatches("a c d e f g h", "{'name': {'$ne': 'beta ltd'}}");
    }

    @Test
    void stringInAndNotIn() {
        assertMatches("a e", "{'name': {'$in': ['Alpha Corp', 'DeltaXX']}}");
        assertMatches("b c d f g h", "{'name': {'$nin': ['Alpha Corp', 'DeltaXX']}}");
        assertMatches("", "{'name': {'$in': []}}");
        assertMatches(ALL, "{'name': {'$nin': []}}");
    }

    @Test
    void stringRanges() {
        assertMatches("g h", "{'code': {'$gt': 'f'}}");
        assertMatches("f g h", "{'code': {'$gte': 'f'}}");
        assertMatches("a", "{'code': {'$lt': 'b'}}");
        assertMatches("a b", "{'code': {'$lte': 'b'}}");
    }

    @Test
    void caseInsensitiveSubstring() {
        assertMatches("c g", "{'name': {'$isubstr': 'GAMMA'}}");
        assertMatches("b d e", "{'name': {'$isubstr': 'tA'}}");
        assertMatches("", "{'name': {'$isubstr': 'zeta'}}");
    }

    @Test
    void substringMatchesLikeWildcardsLiterally() {
        // Unescaped, "100%" would also match "Gamma 100x" and "a_x" would match "DeltaXX".
        assertMatches("c", "{'name': {'$isubstr': '100%'}}");
        assertMatches("c", "{'name': {'$isubstr': '%'}}");
        assertMatches("d", "{'name': {'$isubstr': 'a_x'}}");
        assertMatches("d", "{'name': {'$isubstr': '_'}}");
        assertMatches("h", "{'name': {'$isubstr': 'k\\\\s'}}");
        assertMatches("h", "{'name': {'$isubstr': '\\\\'}}");
    }

    @Test
    void caseInsensitivePrefix() {
        assertMatches("d e", "{'name': {'$iprefix': 'DELTA'}}");
        assertMatches("d", "{'name': {'$iprefix': 'delta_'}}");
        assertMatches("c", "{'name': {'$iprefix': 'gamma 100%'}}");
        assertMatches("a b c d e g h", "{'name': {'$iprefix': ''}}");
        assertMatches("", "{'name': {'$iprefix': 'lpha'}}");
    }

    @Test
    void caseInsensitiveNotPrefixIncludesNull() {
        assertMatches("a b c f g h", "{'name': {'$niprefix': 'delta'}}");
        assertMatches("a b d e f g h", "{'name': {'$niprefix': 'GAMMA 100%'}}");
    }

    // NUMBER

    @Test
    void longEqualityAndShortcut() {
        assertMatches("d e", "{'credit': {'$eq': 1000}}");
        assertMatches("d e", "{'credit': 1000}");
        assertMatches("d e", "{'credit': 1000.0}");
        assertMatches("d e", "{'credit': 1e3}");
        assertMatches("f", "{'credit': -50}");
        assertMatches("a b c f g h", "{'credit': {'$ne': 1000}}");
    }

    @Test
    void longRangesInAndNotIn() {
        assertMatches("d e", "{'credit': {'$gt': 300}}");
        assertMatches("c d e g", "{'credit': {'$gte': 300}}");
        assertMatches("f h", "{'credit': {'$lt': 100}}");
        assertMatches("a f h", "{'credit': {'$lte': 100}}");
        assertMatches("a h", "{'credit': {'$in': [100, 7]}}");
        assertMatches("b c f g", "{'credit': {'$nin': [100, 7, 1000]}}");
    }

    @Test
    void bigDecimal() {
        assertMatches("a g", "{'balance': 10.5}");
        assertMatches("b d", "{'balance': {'$gt': 10.5}}");
        assertMatches("e f", "{'balance': {'$lte': 5.25}}");
        assertMatches("b c d e f h", "{'balance': {'$ne': 10.5}}");
        assertMatches("b d", "{'balance': {'$in': [20, 1000]}}");
        assertMatches("b c d e h", "{'balance': {'$nin': [10.5, 0]}}");
        assertMatches("a d g", "{'balance': {'$gte': 10.5, '$ne': 20, '$lte': 1000}}");
    }

    @Test
    void doubleValues() {
        assertMatches("f", "{'ratio': 0}");
        assertMatches("e f g", "{'ratio': {'$lt': 0.5}}");
        assertMatches("d h", "{'ratio': {'$gte': 2}}");
        assertMatches("b c d e f g h", "{'ratio': {'$ne': 0.5}}");
        assertMatches("g h", "{'ratio': {'$in': [0.25, 7]}}");
    }

    @Test
    void integerValues() {
        assertMatches("a b d", "{'tier': {'$in': [1, 2, 3]}}");
        assertMatches("c e f g h", "{'tier': {'$nin': [1, 2, 3]}}");
        assertMatches("a b c d e g h", "{'tier': {'$ne': 0}}");
        assertMatches("a f", "{'tier': {'$lte': 1}}");
        assertMatches("g h", "{'tier': {'$gt': 4}}");
    }

    // BOOLEAN

    @Test
    void booleanEquality() {
        assertMatches("a d f g", "{'active': {'$eq': true}}");
        assertMatches("b e h", "{'active': false}");
        assertMatches("b d h", "{'hidden': true}");
    }

    @Test
    void booleanNotEqualIncludesNull() {
        assertMatches("b c e h", "{'active': {'$ne': true}}");
        assertMatches("a c d f g", "{'active': {'$ne': false}}");
        assertMatches("a c e f g", "{'hidden': {'$ne': true}}");
    }

    // DATE

    @Test
    void dateEqualityAndNotEqual() {
        assertMatches("d e", "{'openedOn': {'$eq': '2025-01-01'}}");
        assertMatches("d e", "{'openedOn': '2025-01-01'}");
        assertMatches("a b c f g h", "{'openedOn': {'$ne': '2025-01-01'}}");
    }

    @Test
    void dateRangesInAndNotIn() {
        assertMatches("d e", "{'openedOn': {'$gt': '2024-06-30'}}");
        assertMatches("b d e", "{'openedOn': {'$gte': '2024-06-30'}}");
        assertMatches("f", "{'openedOn': {'$lt': '2024-01-15'}}");
        assertMatches("a f g", "{'openedOn': {'$lte': '2024-01-15'}}");
        assertMatches("a g h", "{'openedOn': {'$in': ['2024-01-15', '2024-02-29']}}");
        assertMatches("b c d e f", "{'openedOn': {'$nin': ['2024-01-15', '2024-02-29']}}");
    }

    // DATE_TIME

    @Test
    void dateTimeEqualityInAnyNotation() {
        assertMatches("d", "{'closedAt': {'$eq': '2026-01-01T00:00:00Z'}}");
        assertMatches("d", "{'closedAt': '2026-01-01T01:00:00+01:00'}");
        assertMatches("d", "{'closedAt': '2025-12-31T19:00:00-05:00'}");
        assertMatches("d", "{'closedAt': '2026-01-01'}");
        assertMatches("a b c e f g h", "{'closedAt': {'$ne': '2026-01-01'}}");
    }

    @Test
    void dateTimeRanges() {
        assertMatches("a b d e g", "{'closedAt': {'$gte': '2025-01-01'}}");
        assertMatches("b d e g", "{'closedAt': {'$gt': '2025-01-01'}}");
        assertMatches("b d e g", "{'closedAt': {'$gt': '2025-01-01T00:00:00Z'}}");
        assertMatches("f h", "{'closedAt': {'$lt': '2025-01-01T00:00:00+01:00'}}");
        assertMatches("f h", "{'closedAt': {'$lte': '2024-12-31T22:00:00Z'}}");
        assertMatches("h", "{'closedAt': {'$lt': '2024-12-31T22:00:00Z'}}");
        assertMatches("a f h", "{'closedAt': {'$lt': '2025-01-01T00:00:00.999Z'}}");
    }

    @Test
    void dateTimeInAndNotIn() {
        assertMatches("b d", "{'closedAt': {'$in': ['2026-01-01', '2025-06-15T14:00:00+02:00']}}");
        assertMatches("a c e f g h", "{'closedAt': {'$nin': ['2026-01-01', '2025-06-15T14:00:00+02:00']}}");
    }

    @Test
    void auditDateTime() {
        assertMatches("g h", "{'creationDate': {'$gte': '2024-01-07'}}");
        assertMatches("a", "{'creationDate': {'$lt': '2024-01-02T00:00:00Z'}}");
    }

    // ENUM

    @Test
    void enumOperators() {
        assertMatches("a e g", "{'status': {'$eq': 'OPEN'}}");
        assertMatches("b f h", "{'status': 'CLOSED'}");
        assertMatches("b c d f h", "{'status': {'$ne': 'OPEN'}}");
        assertMatches("a d e g", "{'status': {'$in': ['OPEN', 'PENDING']}}");
        assertMatches("b c f h", "{'status': {'$nin': ['OPEN', 'PENDING']}}");
    }

    // STRING_SET

    @Test
    void containsAllGivenValues() {
        assertMatches("a d", "{'tags': {'$contains': ['x']}}");
        assertMatches("d h", "{'tags': {'$contains': ['y', 'z']}}");
        assertMatches("d", "{'tags': {'$contains': ['x', 'y', 'z']}}");
        assertMatches("f", "{'tags': {'$contains': ['X']}}");
        assertMatches("", "{'tags': {'$contains': ['nope']}}");
        assertMatches(ALL, "{'tags': {'$contains': []}}");
    }

    @Test
    void setEqualityMeansContains() {
        assertMatches("a b d h", "{'tags': {'$eq': 'y'}}");
        assertMatches("d e h", "{'tags': 'z'}");
        assertMatches("d", "{'tags': {'$contains': ['x'], '$eq': 'z'}}");
    }

    // FLAGS

    @Test
    void flags() {
        assertMatches("b d h", "{'flags': {'$flags': {'hidden': true}}}");
        assertMatches("c d g h", "{'flags': {'$flags': {'locked': true}}}");
        assertMatches("b", "{'flags': {'$flags': {'hidden': true, 'locked': false}}}");
        assertMatches("a e f", "{'flags': {'$flags': {'hidden': false, 'locked': false}}}");
        assertMatches(ALL, "{'flags': {'$flags': {}}}");
    }
}
