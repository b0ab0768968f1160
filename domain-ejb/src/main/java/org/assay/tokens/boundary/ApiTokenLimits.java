package org.assay.tokens.boundary;

import java.time.Duration;
import java.time.Instant;

/**
 * What a token made now may ask for (Assay extension, for the API page's pickers): the latest {@code expiry}
 * (the configured maximum lifetime, and never more than two years), that lifetime, the longest grace period a
 * renewal may give the old secret and the most allowed addresses a token may list.
 */
public record ApiTokenLimits(Instant latestExpiry, Duration maxLifetime, Duration maxGracePeriod, int maxAllowedAddresses) {
}
