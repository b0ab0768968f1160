package org.assay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.platform.boundary.DomainException;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RecordBinderTest {

    public enum Colour { RED, GREEN }

    public record Inner(String label, Integer count) {
    }

    public record Everything(String name, Long big, Integer small, Boolean flag, Colour colour, OffsetDateTime at,
            LocalDate day, List<String> tags, Set<Colour> colours, Inner inner, Map<String, Integer> scores,
            JsonObject extra) {
    }

    public record Items(List<Inner> items) {
    }

    public record WithVersion(Long version, String name) {
    }

    public record Numbers(Double ratio, BigDecimal amount) {
    }

    public record Validated(String name) {
        public Validated {
            if ("forbidden".equals(name)) {
                throw new IllegalArgumentException("name is forbidden");
            }
        }
    }

    private static JsonObject json(String text) {
        return Json.createReader(new StringReader(text.replace('\'', '"'))).readObject();
    }

    private static <T> T bind(String text, Class<T> type) {
        return RecordBinder.bind(json(text), type);
    }

    private static List<Problem> problems(String text, Class<?> type) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> bind(text, type));
        assertEquals(DomainException.Kind.INVALID, e.kind());
        return e.problems();
    }

    private static Problem onlyProblem(String text, Class<?> type) {
        List<Problem> problems = problems(text, type);
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static void assertWrongType(String text, Class<?> type, String identifier) {
        Problem problem = onlyProblem(text, type);
        assertEquals(ProblemType.INCORRECT_DATA_TYPE, problem.problemType(), problem.toString());
        assertEquals(identifier, problem.identifier());
        assertEquals("ERROR", problem.severity());
        assertTrue(problem.reason().startsWith("must be "), problem.reason());
    }

    // --- happy paths ------------------------------------------------------------------------------------------

    @Test
    void bindsEveryType() {
        Everything e = bind("""
                {'name': 'Acme', 'big': 9223372036854775807, 'small': -2147483648, 'flag': false,
                 'colour': 'GREEN', 'at': '2026-12-31T23:59:59+05:30', 'day': '2026-02-28',
                 'tags': ['a', 'b', 'a'], 'colours': ['RED', 'GREEN', 'RED'],
                 'inner': {'label': 'x', 'count': 3}, 'scores': {'q1': 1, 'q2': 2},
                 'extra': {'any': ['thing', 1, null]}}
                """, Everything.class);
        assertEquals("Acme", e.name());
        assertEquals(Long.MAX_VALUE, e.big());
        assertEquals(Integer.MIN_VALUE, e.small());
        assertEquals(Boolean.FALSE, e.flag());
        assertSame(Colour.GREEN, e.colour());
        assertEquals(OffsetDateTime.of(2026, 12, 31, 23, 59, 59, 0, ZoneOffset.ofHoursMinutes(5, 30)), e.at());
        assertEquals(LocalDate.of(2026, 2, 28), e.day());
        assertEquals(List.of("a", "b", "a"), e.tags(), "lists keep order and duplicates");
        assertEquals(List.of(Colour.RED, Colour.GREEN), List.copyOf(e.colours()), "sets drop duplicates, keep order");
        assertEquals(new Inner("x", 3), e.inner());
        assertEquals(new LinkedHashMap<>(Map.of("q1", 1, "q2", 2)), e.scores());
        assertEquals(json("{'any': ['thing', 1, null]}"), e.extra());
    }

    @Test
    void bindsUtcDateTimesAndTrueBooleans() {
        Everything e = bind("{'at': '2026-01-01T00:00:00Z', 'flag': true, 'small': 2147483647}", Everything.class);
        assertEquals(OffsetDateTime.of(2026, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC), e.at());
        assertEquals(Boolean.TRUE, e.flag());
        assertEquals(Integer.MAX_VALUE, e.small());
    }

    @Test
    void absentAndNullBothGiveNull() {
        Everything absent = bind("{}", Everything.class);
        assertEquals(new Everything(null, null, null, null, null, null, null, null, null, null, null, null), absent);
        Everything nulls = bind("""
                {'name': null, 'big': null, 'small': null, 'flag': null, 'colour': null, 'at': null, 'day': null,
                 'tags': null, 'colours': null, 'inner': null, 'scores': null, 'extra': null}
                """, Everything.class);
        assertEquals(absent, nulls);
    }

    @Test
    void emptyCollectionsStayEmpty() {
        Everything e = bind("{'tags': [], 'colours': [], 'scores': {}, 'inner': {}}", Everything.class);
        assertEquals(List.of(), e.tags());
        assertEquals(Set.of(), e.colours());
        assertEquals(Map.of(), e.scores());
        assertEquals(new Inner(null, null), e.inner());
    }

    @Test
    void bindsDecimalNumbers() {
        Numbers n = bind("{'ratio': 0.25, 'amount': 0.1}", Numbers.class);
        assertEquals(0.25, n.ratio());
        assertEquals(new BigDecimal("0.1"), n.amount(), "BigDecimal keeps the exact decimal");
        assertEquals(new Numbers(3.0, new BigDecimal("3")), bind("{'ratio': 3, 'amount': 3}", Numbers.class));
    }

    @Test
    void bindsAListOfRecords() {
        Items items = bind("{'items': [{'label': 'a'}, {'label': 'b', 'count': 2}]}", Items.class);
        assertEquals(List.of(new Inner("a", null), new Inner("b", 2)), items.items());
    }

    // --- unknown and read-only properties -----------------------------------------------------------------

    @Test
    void unknownPropertyIsRefusedByName() {
        Problem problem = onlyProblem("{'nmae': 'Acme'}", Inner.class);
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
        assertEquals("nmae", problem.identifier());
        assertTrue(problem.reason().contains("unknown property"), problem.reason());
        assertTrue(problem.reason().contains("label, count"), "lists the allowed properties: " + problem.reason());
    }

    @Test
    void unknownNestedPropertyHasItsPath() {
        Problem problem = onlyProblem("{'inner': {'label': 'x', 'extra': 1}}", Everything.class);
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
        assertEquals("inner.extra", problem.identifier());
    }

    @Test
    void unknownPropertyInAListElementHasItsIndex() {
        Problem problem = onlyProblem("{'items': [{'label': 'a'}, {'label': 'b', 'colour': 'RED'}]}", Items.class);
        assertEquals("items[1].colour", problem.identifier());
    }

    @Test
    void readOnlyPropertiesAreIgnoredWhenNotComponents() {
        Inner inner = bind("""
                {'id': '65a1b2c3d4e5f60718293a4b', 'version': 3, 'creationDate': '2026-01-01T00:00:00Z',
                 'lastModifiedDate': 'anything', 'createdUserInfo': {'userId': 'x'}, 'lastModifiedUserInfo': null,
                 'label': 'kept'}
                """, Inner.class);
        assertEquals(new Inner("kept", null), inner);
    }

    @Test
    void readOnlyPropertiesAreIgnoredInNestedRecordsToo() {
        Everything e = bind("{'inner': {'id': 'x', 'version': 1, 'label': 'y'}}", Everything.class);
        assertEquals(new Inner("y", null), e.inner());
    }

    @Test
    void readOnlyNameThatIsAComponentIsBoundAndChecked() {
        assertEquals(new WithVersion(7L, "n"), bind("{'version': 7, 'name': 'n', 'id': 'ignored'}", WithVersion.class));
        assertWrongType("{'version': '7'}", WithVersion.class, "version");
    }

    @Test
    void readOnlyListIsExactlyTheSixAuditProperties() {
        assertEquals(Set.of("id", "version", "creationDate", "lastModifiedDate", "createdUserInfo",
                "lastModifiedUserInfo"), RecordBinder.READ_ONLY);
    }

    // --- wrong JSON types --------------------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "name    | 1",
        "name    | true",
        "name    | ['Acme']",
        "name    | {'first': 'Acme'}",
        "big     | '1'",
        "big     | true",
        "big     | [1]",
        "small   | '1'",
        "small   | false",
        "flag    | 'true'",
        "flag    | 1",
        "flag    | 0",
        "colour  | 1",
        "colour  | ['RED']",
        "at      | 1767225599",
        "at      | {}",
        "day     | 20260101",
        "tags    | 'a,b'",
        "tags    | {'0': 'a'}",
        "colours | 'RED'",
        "inner   | []",
        "inner   | 'x'",
        "scores  | [1, 2]",
        "scores  | 3",
        "extra   | 'x'",
        "extra   | [1]"
    })
    void wrongJsonTypeNamesTheProperty(String property, String value) {
        assertWrongType("{'" + property + "': " + value + "}", Everything.class, property);
    }

    @Test
    void wrongTypeReasonDescribesWhatWasSent() {
        Problem problem = onlyProblem("{'big': 'twelve'}", Everything.class);
        assertEquals("must be a whole number, got the string \"twelve\"", problem.reason());
        assertTrue(onlyProblem("{'name': [1, 2]}", Everything.class).reason().endsWith("got an array of 2"));
        assertTrue(onlyProblem("{'small': true}", Everything.class).reason().endsWith("got a boolean"));
    }

    @Test
    void longOffendingStringsAreAbbreviatedInTheReason() {
        String reason = onlyProblem("{'big': '" + "x".repeat(100) + "'}", Everything.class).reason();
        assertTrue(reason.contains("x".repeat(40) + "…"), reason);
        assertTrue(!reason.contains("x".repeat(41)), reason);
    }

    @Test
    void wrongElementTypeHasTheIndex() {
        assertWrongType("{'tags': ['a', 2, 'c']}", Everything.class, "tags[1]");
    }

    @Test
    void nullListElementIsRefused() {
        assertWrongType("{'tags': [null]}", Everything.class, "tags[0]");
    }

    @Test
    void wrongMapValueHasTheKey() {
        assertWrongType("{'scores': {'q1': 1, 'q2': 'two'}}", Everything.class, "scores.q2");
        assertWrongType("{'scores': {'q1': null}}", Everything.class, "scores.q1");
    }

    @Test
    void wrongNestedTypeHasItsPath() {
        assertWrongType("{'inner': {'count': 'three'}}", Everything.class, "inner.count");
        assertWrongType("{'items': [{'count': 1}, {'count': 1.5}]}", Items.class, "items[1].count");
    }

    @Test
    void numbersForDecimalsMustBeNumbers() {
        assertWrongType("{'ratio': '0.5'}", Numbers.class, "ratio");
        assertWrongType("{'amount': true}", Numbers.class, "amount");
    }

    // --- numbers -----------------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775807", "1e10"})
    void integerOutOfRangeIsRefused(String number) {
        assertWrongType("{'small': " + number + "}", Everything.class, "small");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1.0", "-0.1", "1e2", "9223372036854775808", "-9223372036854775809",
        "123456789012345678901234567890"})
    void fractionsAndHugeNumbersAreRefusedForLong(String number) {
        assertWrongType("{'big': " + number + "}", Everything.class, "big");
    }

    @Test
    void integerOverflowReasonStatesTheRange() {
        assertTrue(onlyProblem("{'small': 2147483648}", Everything.class).reason().contains("2147483647"));
    }

    @Test
    void longBoundariesAreAccepted() {
        assertEquals(Long.MIN_VALUE, bind("{'big': -9223372036854775808}", Everything.class).big());
        assertEquals(0L, bind("{'big': 0}", Everything.class).big());
    }

    // --- dates and enums ------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"2026-12-31T23:59:59", "2026-12-31", "2026-12-31 23:59:59Z", "31/12/2026 23:59",
        "2026-13-01T00:00:00Z", "now", ""})
    void dateTimeWithoutOffsetOrMalformedIsRefused(String text) {
        Problem problem = onlyProblem("{'at': '" + text + "'}", Everything.class);
        assertEquals(ProblemType.INCORRECT_DATA_TYPE, problem.problemType());
        assertEquals("at", problem.identifier());
        assertTrue(problem.reason().contains("offset"), problem.reason());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-02-30", "2026-2-1", "01/02/2026", "2026-12-31T00:00:00Z", "20260101", ""})
    void malformedDateIsRefused(String text) {
        Problem problem = onlyProblem("{'day': '" + text + "'}", Everything.class);
        assertEquals("day", problem.identifier());
        assertTrue(problem.reason().contains("YYYY-MM-DD"), problem.reason());
    }

    @Test
    void leapDayIsAcceptedOnlyInLeapYears() {
        assertEquals(LocalDate.of(2028, 2, 29), bind("{'day': '2028-02-29'}", Everything.class).day());
        assertWrongType("{'day': '2027-02-29'}", Everything.class, "day");
    }

    @ParameterizedTest
    @ValueSource(strings = {"red", "Red", " RED", "BLUE", ""})
    void enumNeedsTheExactConstantAndSuggestsThem(String text) {
        Problem problem = onlyProblem("{'colour': '" + text + "'}", Everything.class);
        assertEquals(ProblemType.INCORRECT_DATA_TYPE, problem.problemType());
        assertEquals("colour", problem.identifier());
        assertEquals(List.of("RED", "GREEN"), problem.suggestedValues());
        assertTrue(problem.reason().startsWith("must be one of RED, GREEN"), problem.reason());
    }

    @Test
    void enumInASetHasTheIndexAndSuggestions() {
        Problem problem = onlyProblem("{'colours': ['RED', 'green']}", Everything.class);
        assertEquals("colours[1]", problem.identifier());
        assertEquals(List.of("RED", "GREEN"), problem.suggestedValues());
    }

    // --- many mistakes at once ----------------------------------------------------------------------------

    @Test
    void everyMistakeIsReportedAtOnce() {
        List<Problem> problems = problems("""
                {'nmae': 'x', 'big': 1.5, 'small': 'one', 'colour': 'red', 'at': '2026-01-01T00:00:00',
                 'tags': ['ok', 3], 'inner': {'label': 1, 'bogus': true}, 'scores': {'a': 'b'}}
                """, Everything.class);
        Map<String, ProblemType> byIdentifier = new LinkedHashMap<>();
        problems.forEach(p -> byIdentifier.put(p.identifier(), p.problemType()));
        assertEquals(9, problems.size(), problems.toString());
        assertEquals(Map.of(
                "nmae", ProblemType.ILLEGAL_ARGUMENT,
                "big", ProblemType.INCORRECT_DATA_TYPE,
                "small", ProblemType.INCORRECT_DATA_TYPE,
                "colour", ProblemType.INCORRECT_DATA_TYPE,
                "at", ProblemType.INCORRECT_DATA_TYPE,
                "tags[1]", ProblemType.INCORRECT_DATA_TYPE,
                "inner.bogus", ProblemType.ILLEGAL_ARGUMENT,
                "inner.label", ProblemType.INCORRECT_DATA_TYPE,
                "scores.a", ProblemType.INCORRECT_DATA_TYPE), byIdentifier);
    }

    @Test
    void unknownPropertiesComeBeforeTypeMistakes() {
        List<Problem> problems = problems("{'big': 'x', 'zzz': 1}", Everything.class);
        assertEquals(List.of("zzz", "big"), problems.stream().map(Problem::identifier).toList());
    }

    // --- construction ------------------------------------------------------------------------------------

    @Test
    void exceptionFromTheRecordConstructorPropagatesUnwrapped() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> bind("{'name': 'forbidden'}", Validated.class));
        assertEquals("name is forbidden", e.getMessage());
        assertEquals(new Validated("fine"), bind("{'name': 'fine'}", Validated.class));
    }

    @Test
    void constructorIsNotRunWhenThereAreMistakes() {
        // 'forbidden' would throw IllegalArgumentException; the unknown property must win as a 400
        Problem problem = onlyProblem("{'name': 'forbidden', 'other': 1}", Validated.class);
        assertEquals("other", problem.identifier());
    }
}
