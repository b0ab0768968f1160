package org.assay.tokens.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.platform.boundary.UserInfoRead;
import org.assay.tokens.entity.ApiToken;

/**
 * {@code ApiApiTokenRead}, plus Assay extensions that appear only when they apply: {@code disabledAt},
 * {@code endsAt} (a renewal's end for this token), {@code renewedFromId} and {@code renewedToId}. The create and
 * renew answers add {@code token}, the secret, which no other answer ever contains.
 */
public record ApiTokenRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String userId, String name,
        String partialToken, Instant expiry, List<String> allowedAddresses, List<String> permissions,
        Instant disabledAt, Instant endsAt, String renewedFromId, String renewedToId, String token) {

    public static ApiTokenRead of(ApiToken t) {
        return new ApiTokenRead(t.getId(), t.getVersion(), t.getCreationDate(), t.getLastModifiedDate(),
                UserInfoRead.of(t.getCreatedUserInfo()), UserInfoRead.of(t.getLastModifiedUserInfo()), t.getUserId(),
                t.getName(), t.getPartialToken(), t.getExpiry(), List.copyOf(t.getAllowedAddresses()),
                List.copyOf(t.getPermissions()), t.getDisabledAt().orElse(null), t.getEndsAt().orElse(null),
                t.getRenewedFromId().orElse(null), t.getRenewedToId().orElse(null), null);
    }

    /** The answer of create and renew: the only place the secret is ever shown. */
    public ApiTokenRead withSecret(String secret) {
        return new ApiTokenRead(id, version, creationDate, lastModifiedDate, createdUserInfo, lastModifiedUserInfo,
                userId, name, partialToken, expiry, allowedAddresses, permissions, disabledAt, endsAt, renewedFromId,
                renewedToId, secret);
    }
}
