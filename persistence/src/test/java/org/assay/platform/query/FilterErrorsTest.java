package org.assay.platform.query;

import static org.assay.platform.query.TestDatabase.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Root;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind of client mistake in a filter: the identifier names the offending part, the reason the problem. */
class FilterErrorsTest {

    private static final String VALID_ID = "0123456789abcdef01234567";

    private static EntityManager em;

    @BeforeAll
    static void open() {
        em = TestDatabase.entityManager();
    }

    @AfterAll
    static void close() {
        em.close();
    }

    private static void assertRejected(String filter, String identifier, String... reasonFragments) {
        JsonObject document = json(filter);
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<TestAccount> query = cb.createQuery(TestAccount.class);
        Root<TestAccount> root = query.from(TestAccount.class);
        QueryException e = assertThrows(QueryException.class,
                () -> FilterTranslator.toPredicate(document, TestDatabase.FIELDS, cb, root), filter);
        assertEquals(identifier, e.identifier(), () -> filter + " -> " + e.getMessage());
        for (String fragment : reasonFragments) {
            assertTrue(e.reason().contains(fragment), () -> filter + " -> reason lacks '" + fragment + "': "
                    + e.reason());
        }
        assertEquals(e.identifier() + ": " + e.reason(), e.getMessage());
    }

    // Fields and operators

    @Test
    void unknownField() {
        assertRejected("{'nope': 1}", "nope", "unknown field", "name", "credit");
        assertRejected("{'code': 'a', '$or': [{'code': 'b'}, {'nope': {'$eq': 1}}]}", "$or[1].nope", "unknown field");
        assertRejected("{'Name': 'x'}", "Name", "unknown field");
    }

    @Test
    void unknownOperatorOnAField() {
        assertRejected("{'name': {'$foo': 'x'}}", "name.$foo", "unknown operator $foo", "allowed for STRING",
                "$isubstr");
        assertRejected("{'name': {'$keyword_prefix': 'x'}}", "name.$keyword_prefix", "unknown operator");
        assertRejected("{'credit': {'$between': [1, 2]}}", "credit.$between", "unknown operator",
                "allowed for NUMBER");
        assertRejected("{'name': {'$EQ': 'x'}}", "name.$EQ", "unknown operator");
        assertRejected("{'name': {'$eq': 'x', '$regex': 'y'}}", "name.$regex", "unknown operator");
    }

    @Test
    void unknownTopLevelOperator() {
        assertRejected("{'$keyword_prefix': 'x'}", "$keyword_prefix", "unknown operator $keyword_prefix");
        assertRejected("{'$population': {}}", "$population", "unknown operator");
        assertRejected("{'$not': [{'code': 'a'}]}", "$not", "unknown operator");
        assertRejected("{'$and': [{'$nor': []}]}", "$and[0].$nor", "unknown operator");
    }

    @Test
    void keyThatIsNotAnOperatorInsideATerm() {
        assertRejected("{'name': {'foo': 1}}", "name.foo", "expected an operator", "'foo'");
    }

    @Test
    void termWithoutOperator() {
        assertRejected("{'name': {}}", "name", "no operator");
    }

    @Test
    void operatorNotApplicableToTheType() {
        assertRejected("{'credit': {'$isubstr': '1'}}", "credit.$isubstr", "does not apply to a field of type NUMBER");
        assertRejected("{'name': {'$contains': ['x']}}", "name.$contains", "does not apply to a field of type STRING");
        assertRejected("{'active': {'$gt': false}}", "active.$gt", "does not apply to a field of type BOOLEAN",
                "$eq, $ne");
        assertRejected("{'active': {'$in': [true]}}", "active.$in", "does not apply to a field of type BOOLEAN");
        assertRejected("{'owner': {'$iprefix': '0'}}", "owner.$iprefix", "does not apply to a field of type ID");
        assertRejected("{'status': {'$gt': 'OPEN'}}", "status.$gt", "does not apply to a field of type ENUM");
        assertRejected("{'openedOn': {'$isubstr': '2024'}}", "openedOn.$isubstr", "DATE");
        assertRejected("{'closedAt': {'$niprefix': '2024'}}", "closedAt.$niprefix", "DATE_TIME");
        assertRejected("{'tags': {'$in': ['x']}}", "tags.$in", "does not apply to a field of type STRING_SET",
                "$contains");
        assertRejected("{'tags': {'$ne': 'x'}}", "tags.$ne", "STRING_SET");
        assertRejected("{'name': {'$flags': {'hidden': true}}}", "name.$flags", "STRING");
        assertRejected("{'flags': {'$eq': true}}", "flags.$eq", "does not apply to a field of type FLAGS", "$flags");
    }

    @Test
    void flagsFieldNeedsTheFlagsOperator() {
        assertRejected("{'flags': true}", "flags", "needs an operator", "$flags");
    }

    // Operand types

    @Test
    void operandOfTheWrongJsonType() {
        assertRejected("{'name': {'$eq': 5}}", "name.$eq", "expected a string", "got a number");
        assertRejected("{'name': 5}", "name", "expected a string", "got a number");
        assertRejected("{'credit': {'$eq': '5'}}", "credit.$eq", "expected a number", "got a string");
        assertRejected("{'active': {'$eq': 'true'}}", "active.$eq", "expected true or false", "got a string");
        assertRejected("{'active': 1}", "active", "expected true or false");
        assertRejected("{'name': {'$isubstr': 5}}", "name.$isubstr", "expected a string");
        assertRejected("{'status': 1}", "status", "expected a string");
        assertRejected("{'owner': true}", "owner", "expected a string", "got a boolean");
        assertRejected("{'openedOn': 20240101}", "openedOn", "expected a string");
    }

    @Test
    void nestedStructureWhereAScalarIsExpected() {
        assertRejected("{'name': {'$eq': {'a': 1}}}", "name.$eq", "expected a string", "got an object");
        assertRejected("{'name': ['a']}", "name", "expected a string", "got an array");
        assertRejected("{'credit': {'$gt': [1]}}", "credit.$gt", "expected a number", "got an array");
        assertRejected("{'credit': {'$in': [[1]]}}", "credit.$in[0]", "expected a number", "got an array");
    }

    @Test
    void arrayOperatorsNeedArrays() {
        assertRejected("{'credit': {'$in': 5}}", "credit.$in", "expected an array", "got a number");
        assertRejected("{'credit': {'$nin': {'a': 1}}}", "credit.$nin", "expected an array", "got an object");
        assertRejected("{'credit': {'$in': [1, '2']}}", "credit.$in[1]", "expected a number", "got a string");
        assertRejected("{'tags': {'$contains': 'x'}}", "tags.$contains", "expected an array");
        assertRejected("{'tags': {'$contains': ['x', 1]}}", "tags.$contains[1]", "expected a string");
        assertRejected("{'tags': {'$eq': ['x']}}", "tags.$eq", "expected a string", "got an array");
    }

    @Test
    void flagsOperand() {
        assertRejected("{'flags': {'$flags': true}}", "flags.$flags", "expected an object", "got a boolean");
        assertRejected("{'flags': {'$flags': ['hidden']}}", "flags.$flags", "expected an object");
        assertRejected("{'flags': {'$flags': {'nope': true}}}", "flags.$flags.nope", "unknown flag", "hidden, locked");
        assertRejected("{'flags': {'$flags': {'hidden': 'yes'}}}", "flags.$flags.hidden", "expected true or false");
        assertRejected("{'flags': {'$flags': {'hidden': null}}}", "flags.$flags.hidden", "null is not supported");
    }

    // Values

    @Test
    void numbers() {
        assertRejected("{'credit': 1.5}", "credit", "expected a whole number", "1.5");
        assertRejected("{'credit': {'$in': [1, 2.25]}}", "credit.$in[1]", "whole number");
        assertRejected("{'tier': 0.1}", "tier", "whole number");
        assertRejected("{'tier': 3000000000}", "tier", "out of range");
        assertRejected("{'credit': 99999999999999999999}", "credit", "out of range");
        assertRejected("{'ratio': 1e400}", "ratio", "out of range");
        assertRejected("{'balance': 1e2000}", "balance", "out of range");
    }

    @Test
    void dates() {
        assertRejected("{'openedOn': '2025-13-01'}", "openedOn", "'2025-13-01' is not a valid date", "YYYY-MM-DD");
        assertRejected("{'openedOn': '2025-02-30'}", "openedOn", "not a valid date");
        assertRejected("{'openedOn': '2025-01-01T00:00:00Z'}", "openedOn", "not a valid date");
        assertRejected("{'openedOn': {'$in': ['2025-01-01', '01/02/2025']}}", "openedOn.$in[1]", "not a valid date");
    }

    @Test
    void dateTimes() {
        assertRejected("{'closedAt': '2025-01-01T00:00:00'}", "closedAt", "not a valid date-time", "offset");
        assertRejected("{'closedAt': {'$gt': 'yesterday'}}", "closedAt.$gt", "'yesterday' is not a valid date-time");
        assertRejected("{'closedAt': '2025-01-01T25:00:00Z'}", "closedAt", "not a valid date-time");
        assertRejected("{'creationDate': 1735689600}", "creationDate", "expected a string");
    }

    @Test
    void enums() {
        assertRejected("{'status': 'open'}", "status", "'open' is not an allowed value",
                "allowed: OPEN, CLOSED, PENDING");
        assertRejected("{'status': {'$nin': ['OPEN', 'NOPE']}}", "status.$nin[1]", "'NOPE'", "OPEN, CLOSED, PENDING");
    }

    @Test
    void ids() {
        assertRejected("{'owner': 'xyz'}", "owner", "'xyz' is not a valid id", "24 lowercase hexadecimal");
        assertRejected("{'owner': '0123456789ABCDEF01234567'}", "owner", "not a valid id");
        assertRejected("{'id': {'$in': ['" + VALID_ID + "', '" + VALID_ID + "0']}}", "id.$in[1]", "not a valid id");
        assertRejected("{'createdBy': {'$gte': ''}}", "createdBy.$gte", "not a valid id");
    }

    @Test
    void longValuesAreShortenedInReasons() {
        String longText = "x".repeat(500);
        assertRejected("{'owner': '" + longText + "'}", "owner", "'" + "x".repeat(64) + "...'");
    }

    @Test
    void nullIsRejected() {
        assertRejected("{'name': null}", "name", "null is not supported");
        assertRejected("{'name': {'$ne': null}}", "name.$ne", "null is not supported");
        assertRejected("{'credit': {'$in': [1, null]}}", "credit.$in[1]", "null is not supported");
        assertRejected("{'tags': {'$contains': [null]}}", "tags.$contains[0]", "null is not supported");
        assertRejected("{'name': {'$iprefix': null}}", "name.$iprefix", "null is not supported");
    }

    // $and / $or

    @Test
    void junctionsNeedNonEmptyArraysOfObjects() {
        assertRejected("{'$and': []}", "$and", "non-empty");
        assertRejected("{'$or': []}", "$or", "non-empty");
        assertRejected("{'$or': {'code': 'a'}}", "$or", "expected an array of filter objects", "got an object");
        assertRejected("{'$and': null}", "$and", "expected an array", "got null");
        assertRejected("{'$or': [{'code': 'a'}, 5]}", "$or[1]", "expected a filter object", "got a number");
        assertRejected("{'$and': [[]]}", "$and[0]", "expected a filter object", "got an array");
        assertRejected("{'$and': [{'$or': [{'code': 'a'}, 'b']}]}", "$and[0].$or[1]", "expected a filter object");
    }

    @Test
    void nestingDeeperThanTheMaximum() {
        String tooDeep = FilterStructureTest.nested(FilterTranslator.MAX_DEPTH + 1, "{'code': 'a'}");
        String identifier = "$and[0].".repeat(FilterTranslator.MAX_DEPTH) + "$and";
        assertRejected(tooDeep, identifier, "nested too deeply", "16");
        assertRejected(FilterStructureTest.nested(200, "{}"), identifier, "nested too deeply");
    }

    @Test
    void errorsInsideNestedFiltersNameTheirPath() {
        assertRejected("{'$or': [{'code': 'a'}, {'$and': [{'credit': {'$gt': 'x'}}]}]}", "$or[1].$and[0].credit.$gt",
                "expected a number");
    }
}
