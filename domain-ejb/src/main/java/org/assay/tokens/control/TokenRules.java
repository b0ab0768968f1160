package org.assay.tokens.control;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.assay.access.control.Permissions;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.tokens.entity.ApiToken;

/**
 * What a token's settings must be (api-reference §1): a name, an expiry in the future and no further away than two
 * years or the installation's maximum lifetime, at least one of the 64 permissions, and literal addresses or CIDR
 * ranges. Every problem is reported at once, each naming its property.
 */
public final class TokenRules {

    public static final int MAX_ADDRESSES = 100;

    private TokenRules() {
    }

    /** The latest expiry allowed for a token made at {@code now}. */
    public static Instant latestExpiry(Instant now, Duration maxLifetime) {
        Instant twoYears = OffsetDateTime.ofInstant(now, ZoneOffset.UTC).plusYears(2).toInstant();
        Instant configured = now.plus(maxLifetime);
        return configured.isBefore(twoYears) ? configured : twoYears;
    }

    public static List<Problem> check(String name, OffsetDateTime expiry, List<String> permissions,
            List<String> allowedAddresses, Instant now, Duration maxLifetime) {
        List<Problem> problems = new ArrayList<>();
        checkName(name, problems);
        if (expiry == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "expiry",
                    "expiry is required: an ISO-8601 date-time with an offset"));
        } else {
            checkExpiry(expiry.toInstant(), now, maxLifetime, problems);
        }
        if (permissions == null || permissions.isEmpty()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "permissions", "at least one permission is required"));
        } else {
            for (int i = 0; i < permissions.size(); i++) {
                if (permissions.get(i) == null || !Permissions.ALL.contains(permissions.get(i))) {
                    problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "permissions[" + i + "]",
                            "not a permission: " + permissions.get(i)).withValues(List.of(String.valueOf(permissions.get(i)))));
                }
            }
        }
        List<String> addresses = allowedAddresses == null ? List.of() : allowedAddresses;
        if (addresses.size() > MAX_ADDRESSES) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "allowedAddresses",
                    "at most " + MAX_ADDRESSES + " addresses or ranges"));
        }
        for (int i = 0; i < addresses.size(); i++) {
            if (IpRange.parse(addresses.get(i)).isEmpty()) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "allowedAddresses[" + i + "]",
                        "not an IPv4 or IPv6 address or CIDR range: " + addresses.get(i))
                        .withValues(List.of(String.valueOf(addresses.get(i)))));
            }
        }
        return problems;
    }

    public static void checkName(String name, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "name is required and must not be blank"));
        } else if (name.trim().length() > ApiToken.NAME_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name",
                    "name must have at most " + ApiToken.NAME_MAX + " characters"));
        }
    }

    public static void checkExpiry(Instant expiry, Instant now, Duration maxLifetime, List<Problem> problems) {
        Instant latest = latestExpiry(now, maxLifetime);
        if (!expiry.isAfter(now)) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, "expiry", "expiry must be in the future"));
        } else if (expiry.isAfter(latest)) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "expiry",
                    "expiry must be at most two years ahead and within the maximum token lifetime (" + maxLifetime
                            + "): no later than " + latest).withSuggestedValues(List.of(latest.toString())));
        }
    }
}
