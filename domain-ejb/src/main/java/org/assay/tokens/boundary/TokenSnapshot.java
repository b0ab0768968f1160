package org.assay.tokens.boundary;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.assay.tokens.control.IpRange;
import org.assay.tokens.entity.ApiToken;

/**
 * What authenticating a request needs to know about a token, detached from the persistence context so that it
 * can be cached between requests; it also carries the token's read model, which {@code GET /api-tokens/current}
 * answers without a database round trip.
 */
public record TokenSnapshot(String tokenId, String userId, String secretHash, String partialToken,
        Set<String> permissions, Instant end, boolean disabled, boolean deleted, boolean addressRestricted,
        List<IpRange> allowedAddresses, ApiTokenRead read) {

    public static TokenSnapshot of(ApiToken token) {
        return new TokenSnapshot(token.getId(), token.getUserId(), token.getSecretHash(), token.getPartialToken(),
                Set.copyOf(token.getPermissions()), token.effectiveEnd(), token.getDisabledAt().isPresent(),
                token.getDeletedAt().isPresent(), !token.getAllowedAddresses().isEmpty(),
                token.getAllowedAddresses().stream().map(IpRange::parse).flatMap(Optional::stream).toList(),
                ApiTokenRead.of(token));
    }

    /** Why the token may not be used at {@code now} from {@code clientAddress}, or empty when it may. */
    public Optional<String> refusal(Instant now, String clientAddress) {
        if (deleted) {
            return Optional.of("deleted API token " + tokenId + " (" + partialToken + ")");
        }
        if (disabled) {
            return Optional.of("disabled API token " + tokenId + " (" + partialToken + ")");
        }
        if (!now.isBefore(end)) {
            return Optional.of("expired or ended API token " + tokenId + " (" + partialToken + "), ended " + end);
        }
        // restricted by what was stored, not by what still parses: an unreadable entry must never open the token up
        if (addressRestricted && allowedAddresses.stream().noneMatch(range -> range.contains(clientAddress))) {
            return Optional.of("API token " + tokenId + " (" + partialToken + ") used from " + clientAddress
                    + ", outside its allowed addresses");
        }
        return Optional.empty();
    }
}
