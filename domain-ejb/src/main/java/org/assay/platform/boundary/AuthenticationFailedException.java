package org.assay.platform.boundary;

import java.util.List;

/**
 * Credentials were wrong, unknown or no longer valid (401). The message is deliberately the same whatever the
 * precise reason, so that it tells an attacker nothing; the reason goes to the server log only.
 */
public class AuthenticationFailedException extends DomainException {

    private final String internalReason;

    public AuthenticationFailedException(String internalReason) {
        super(Kind.UNAUTHENTICATED, "Invalid credentials", List.of(), null, null);
        this.internalReason = internalReason;
    }

    /** Why, for the server log; never sent to the caller. */
    public String internalReason() {
        return internalReason;
    }
}
