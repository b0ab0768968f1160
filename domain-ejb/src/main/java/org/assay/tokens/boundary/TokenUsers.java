package org.assay.tokens.boundary;

import org.assay.platform.entity.ObjectIds;

/**
 * API Token Users are user records without a mailbox. Their email is a unique placeholder in the reserved
 * {@code .invalid} domain, so it can never reach anyone nor collide with a person's address.
 */
final class TokenUsers {

    private TokenUsers() {
    }

    static String email() {
        return "api-token-" + ObjectIds.next() + "@assay.invalid";
    }
}
