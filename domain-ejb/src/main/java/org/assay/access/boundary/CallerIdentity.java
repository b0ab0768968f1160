package org.assay.access.boundary;

import java.util.Optional;
import java.util.Set;

/**
 * An authenticated caller as the container learns it: a principal name and the container roles. The name is the
 * user id for a person, and {@code <API Token User id>.<token id>} for an API token, so that the façades know both
 * who acts and through which token (a renewed token and its successor share one API Token User).
 */
public record CallerIdentity(String principalName, Set<String> groups) {

    private static final char TOKEN_SEPARATOR = '.';

    public static CallerIdentity ofUser(String userId, Set<String> groups) {
        return new CallerIdentity(userId, groups);
    }

    public static CallerIdentity ofToken(String userId, String tokenId, Set<String> groups) {
        return new CallerIdentity(userId + TOKEN_SEPARATOR + tokenId, groups);
    }

    /** The acting user's id within a principal name. */
    public static String userIdOf(String principalName) {
        int separator = principalName.indexOf(TOKEN_SEPARATOR);
        return separator < 0 ? principalName : principalName.substring(0, separator);
    }

    /** The token's id within a principal name, when the caller used an API token. */
    public static Optional<String> tokenIdOf(String principalName) {
        int separator = principalName.indexOf(TOKEN_SEPARATOR);
        return separator < 0 ? Optional.empty() : Optional.of(principalName.substring(separator + 1));
    }
}
