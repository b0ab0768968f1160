package org.assay.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.assay.access.control.Permissions;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.tokens.entity.ApiToken;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenRulesTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");
    private static final Duration MAX = Duration.ofDays(730);
    private static final String NAME = "CI pipeline";
    private static final OffsetDateTime EXPIRY = OffsetDateTime.ofInstant(NOW.plus(Duration.ofDays(90)), ZoneOffset.UTC);
    private static final List<String> PERMISSIONS = List.of(Permissions.ORGANIZATIONS_READ, Permissions.USERS_READ);
    private static final List<String> ADDRESSES = List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7");

    private static OffsetDateTime utc(Instant instant) {
        return OffsetDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static List<Problem> checkName(String name) {
        return TokenRules.check(name, EXPIRY, PERMISSIONS, ADDRESSES, NOW, MAX);
    }

    private static List<Problem> checkExpiry(OffsetDateTime expiry) {
        return TokenRules.check(NAME, expiry, PERMISSIONS, ADDRESSES, NOW, MAX);
    }

    private static List<Problem> checkPermissions(List<String> permissions) {
        return TokenRules.check(NAME, EXPIRY, permissions, ADDRESSES, NOW, MAX);
    }

    private static List<Problem> checkAddresses(List<String> addresses) {
        return TokenRules.check(NAME, EXPIRY, PERMISSIONS, addresses, NOW, MAX);
    }

    private static Problem single(List<Problem> problems) {
        assertEquals(1, problems.size(), problems.toString());
        return problems.get(0);
    }

    private static List<String> identifiers(List<Problem> problems) {
        return problems.stream().map(Problem::identifier).toList();
    }

    // valid input

    @Test
    void validInputHasNoProblems() {
        assertEquals(List.of(), TokenRules.check(NAME, EXPIRY, PERMISSIONS, ADDRESSES, NOW, MAX));
    }

    @Test
    void allowedAddressesAreOptional() {
        assertEquals(List.of(), checkAddresses(null));
        assertEquals(List.of(), checkAddresses(List.of()));
    }

    @Test
    void everyPermissionIsAcceptedAtOnce() {
        assertEquals(64, Permissions.ALL.size());
        assertEquals(List.of(), checkPermissions(new ArrayList<>(Permissions.ALL)));
    }

    @Test
    void duplicatePermissionsAreNotAProblem() {
        assertEquals(List.of(), checkPermissions(List.of(Permissions.USERS_READ, Permissions.USERS_READ)));
    }

    // name

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "\t\n", "   "})
    void missingOrBlankNameIsRequired(String name) {
        Problem problem = single(checkName(name));
        assertEquals("name", problem.identifier());
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
        assertEquals("ERROR", problem.severity());
    }

    @Test
    void nameOfEightyCharactersIsAccepted() {
        assertEquals(80, ApiToken.NAME_MAX);
        assertEquals(List.of(), checkName("n".repeat(80)));
    }

    @Test
    void surroundingWhitespaceDoesNotCountTowardsTheNameLength() {
        assertEquals(List.of(), checkName("  " + "n".repeat(80) + "\t"));
    }

    @Test
    void nameOfEightyOneCharactersIsTooLong() {
        Problem problem = single(checkName("n".repeat(81)));
        assertEquals("name", problem.identifier());
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, problem.problemType());
        assertTrue(problem.reason().contains("80"), problem.reason());
    }

    @Test
    void checkNameAddsToTheGivenList() {
        List<Problem> problems = new ArrayList<>(List.of(Problem.error(ProblemType.UNKNOWN, "other", "earlier")));
        TokenRules.checkName("", problems);
        assertEquals(List.of("other", "name"), identifiers(problems));
        TokenRules.checkName("fine", problems);
        assertEquals(2, problems.size());
    }

    // expiry

    @Test
    void missingExpiryIsRequired() {
        Problem problem = single(checkExpiry(null));
        assertEquals("expiry", problem.identifier());
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
    }

    @Test
    void expiryExactlyNowIsRefused() {
        Problem problem = single(checkExpiry(utc(NOW)));
        assertEquals("expiry", problem.identifier());
        assertEquals(ProblemType.GREATER_VALUE_REQUIRED, problem.problemType());
    }

    @Test
    void expiryInThePastIsRefused() {
        Problem problem = single(checkExpiry(utc(NOW.minusSeconds(1))));
        assertEquals("expiry", problem.identifier());
        assertEquals(ProblemType.GREATER_VALUE_REQUIRED, problem.problemType());
        assertEquals(ProblemType.GREATER_VALUE_REQUIRED,
                single(checkExpiry(utc(Instant.parse("2000-01-01T00:00:00Z")))).problemType());
    }

    @Test
    void expiryJustAfterNowIsAccepted() {
        assertEquals(List.of(), checkExpiry(utc(NOW.plusSeconds(1))));
        assertEquals(List.of(), checkExpiry(utc(NOW.plusNanos(1))));
    }

    @Test
    void expiryExactlyAtTheLatestIsAccepted() {
        Instant latest = TokenRules.latestExpiry(NOW, MAX);
        assertEquals(List.of(), checkExpiry(utc(latest)));
    }

    @Test
    void expiryJustAfterTheLatestIsRefusedWithTheLatestSuggested() {
        Instant latest = TokenRules.latestExpiry(NOW, MAX);
        Problem problem = single(checkExpiry(utc(latest.plusSeconds(1))));
        assertEquals("expiry", problem.identifier());
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, problem.problemType());
        assertEquals(List.of(latest.toString()), problem.suggestedValues());
        assertTrue(problem.reason().contains(latest.toString()), problem.reason());
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, single(checkExpiry(utc(latest.plusNanos(1)))).problemType());
    }

    @Test
    void expiryIsComparedAsAnInstantWhateverItsOffset() {
        Instant latest = TokenRules.latestExpiry(NOW, MAX);
        ZoneOffset india = ZoneOffset.ofHoursMinutes(5, 30);
        assertEquals(List.of(), checkExpiry(OffsetDateTime.ofInstant(latest, india)));
        assertEquals(ProblemType.LESS_VALUE_REQUIRED,
                single(checkExpiry(OffsetDateTime.ofInstant(latest.plusSeconds(1), india))).problemType());
        // the same wall-clock time as now, but in an offset west of UTC, is in the future
        OffsetDateTime sameWallClockWest = OffsetDateTime.of(utc(NOW).toLocalDateTime(), ZoneOffset.ofHours(-5));
        assertEquals(List.of(), checkExpiry(sameWallClockWest));
        OffsetDateTime sameWallClockEast = OffsetDateTime.of(utc(NOW).toLocalDateTime(), ZoneOffset.ofHours(5));
        assertEquals(ProblemType.GREATER_VALUE_REQUIRED, single(checkExpiry(sameWallClockEast)).problemType());
    }

    @Test
    void checkExpiryAddsAtMostOneProblem() {
        List<Problem> problems = new ArrayList<>();
        TokenRules.checkExpiry(NOW.plusSeconds(60), NOW, Duration.ZERO, problems);
        assertEquals(List.of("expiry"), identifiers(problems), "zero lifetime: nothing in the future is allowed");
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, problems.get(0).problemType());
        TokenRules.checkExpiry(NOW.plusSeconds(60), NOW, MAX, problems);
        assertEquals(1, problems.size());
    }

    // latestExpiry

    @Test
    void latestExpiryIsTheConfiguredLifetimeWhenShorterThanTwoYears() {
        assertEquals(NOW.plus(Duration.ofDays(30)), TokenRules.latestExpiry(NOW, Duration.ofDays(30)));
        assertEquals(NOW.plus(Duration.ofHours(1)), TokenRules.latestExpiry(NOW, Duration.ofHours(1)));
    }

    @Test
    void latestExpiryIsTwoCalendarYearsWhenTheLifetimeIsLonger() {
        assertEquals(Instant.parse("2028-03-01T10:00:00Z"), TokenRules.latestExpiry(NOW, Duration.ofDays(1000)));
        assertEquals(Instant.parse("2028-03-01T10:00:00Z"), TokenRules.latestExpiry(NOW, Duration.ofDays(36_500)));
    }

    @Test
    void sevenHundredThirtyDaysAreShorterThanTwoYearsAcrossALeapDay() {
        // 2026-03-01 + 2 years crosses 2028-02-29: two calendar years are 731 days
        assertEquals(Instant.parse("2028-02-29T10:00:00Z"), TokenRules.latestExpiry(NOW, MAX));
    }

    @Test
    void sevenHundredThirtyDaysEqualTwoYearsWithoutALeapDay() {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), TokenRules.latestExpiry(now, MAX));
        assertEquals(Instant.parse("2027-01-01T00:00:00Z"), TokenRules.latestExpiry(now, Duration.ofDays(731)));
    }

    @Test
    void twoYearsFromALeapDayEndOnTheTwentyEighthOfFebruary() {
        Instant now = Instant.parse("2024-02-29T12:34:56.789Z");
        assertEquals(Instant.parse("2026-02-28T12:34:56.789Z"), TokenRules.latestExpiry(now, Duration.ofDays(10_000)));
    }

    @Test
    void latestExpiryKeepsSubSecondPrecision() {
        Instant now = Instant.parse("2026-03-01T10:00:00.123456Z");
        assertEquals(Instant.parse("2026-03-02T10:00:00.123456Z"), TokenRules.latestExpiry(now, Duration.ofDays(1)));
    }

    // permissions

    @ParameterizedTest
    @NullAndEmptySource
    void atLeastOnePermissionIsRequired(List<String> permissions) {
        Problem problem = single(checkPermissions(permissions));
        assertEquals("permissions", problem.identifier());
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
    }

    @Test
    void unknownPermissionIsNamedByItsIndex() {
        Problem problem = single(checkPermissions(List.of(Permissions.USERS_READ, "api.users.fly")));
        assertEquals("permissions[1]", problem.identifier());
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
        assertEquals(List.of("api.users.fly"), problem.values());
    }

    @Test
    void everyUnknownPermissionIsReported() {
        List<Problem> problems = checkPermissions(
                List.of("nope", Permissions.USERS_READ, "API.USERS.READ", " api.users.read", ""));
        assertEquals(List.of("permissions[0]", "permissions[2]", "permissions[3]", "permissions[4]"),
                identifiers(problems));
    }

    @Test
    void appAdminIsNotAPermissionATokenMayHold() {
        Problem problem = single(checkPermissions(List.of(Permissions.APP_ADMIN)));
        assertEquals("permissions[0]", problem.identifier());
    }

    @Test
    void nullPermissionIsReportedNotThrown() {
        Problem problem = single(checkPermissions(Arrays.asList(Permissions.USERS_READ, null)));
        assertEquals("permissions[1]", problem.identifier());
        assertEquals(List.of("null"), problem.values());
    }

    // allowed addresses

    @Test
    void malformedAddressIsNamedByItsIndex() {
        Problem problem = single(checkAddresses(List.of("10.0.0.0/8", "example.com")));
        assertEquals("allowedAddresses[1]", problem.identifier());
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
        assertEquals(List.of("example.com"), problem.values());
    }

    @Test
    void everyMalformedAddressIsReported() {
        List<Problem> problems = checkAddresses(List.of("300.1.1.1", "::1", "10.0.0.0/33", "fe80::1%eth0", ""));
        assertEquals(List.of("allowedAddresses[0]", "allowedAddresses[2]", "allowedAddresses[3]",
                "allowedAddresses[4]"), identifiers(problems));
    }

    @Test
    void nullAddressIsReportedNotThrown() {
        Problem problem = single(checkAddresses(Arrays.asList("10.0.0.0/8", null)));
        assertEquals("allowedAddresses[1]", problem.identifier());
        assertEquals(List.of("null"), problem.values());
    }

    @Test
    void oneHundredAddressesAreAccepted() {
        assertEquals(100, TokenRules.MAX_ADDRESSES);
        List<String> addresses = IntStream.range(0, 100).mapToObj(i -> "10.0." + i + ".0/24").toList();
        assertEquals(List.of(), checkAddresses(addresses));
    }

    @Test
    void moreThanOneHundredAddressesAreRefused() {
        List<String> addresses = IntStream.range(0, 101).mapToObj(i -> "10.0." + i + ".0/24").toList();
        Problem problem = single(checkAddresses(addresses));
        assertEquals("allowedAddresses", problem.identifier());
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, problem.problemType());
        assertTrue(problem.reason().contains("100"), problem.reason());
    }

    @Test
    void tooManyAddressesAreStillCheckedOneByOne() {
        List<String> addresses = new ArrayList<>(Collections.nCopies(101, "10.0.0.1"));
        addresses.set(50, "not an address");
        assertEquals(List.of("allowedAddresses", "allowedAddresses[50]"), identifiers(checkAddresses(addresses)));
    }

    // several problems

    @Test
    void everyProblemIsReportedAtOnceInPropertyOrder() {
        List<Problem> problems = TokenRules.check(" ", utc(NOW.minusSeconds(5)), List.of("x", Permissions.USERS_READ, "y"),
                List.of("localhost", "10.0.0.1"), NOW, MAX);
        assertEquals(List.of("name", "expiry", "permissions[0]", "permissions[2]", "allowedAddresses[0]"),
                identifiers(problems));
        assertTrue(problems.stream().allMatch(p -> "ERROR".equals(p.severity())));
    }

    @Test
    void everythingMissingGivesThreeProblems() {
        List<Problem> problems = TokenRules.check(null, null, null, null, NOW, MAX);
        assertEquals(List.of("name", "expiry", "permissions"), identifiers(problems));
        problems.forEach(p -> assertNull(p.values(), p.identifier()));
    }

    @Test
    void problemsDoNotNameAnEntity() {
        Problem problem = single(checkName(""));
        assertNull(problem.entityType());
        assertNull(problem.entityId());
        assertFalse(problem.reason().isBlank());
    }
}
