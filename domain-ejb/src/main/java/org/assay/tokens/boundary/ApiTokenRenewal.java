package org.assay.tokens.boundary;

import java.time.OffsetDateTime;

/**
 * Body of {@code POST /api-tokens/{id}/renew} (Assay extension), both optional: the new token's {@code expiry}
 * (default: the old token's lifetime from now, clamped) and {@code oldTokenEndsAt}, a grace period for the old
 * secret of at most 7 days (default: it ends at once).
 */
public record ApiTokenRenewal(OffsetDateTime expiry, OffsetDateTime oldTokenEndsAt) {
}
