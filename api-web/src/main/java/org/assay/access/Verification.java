package org.assay.access;

import org.assay.access.boundary.CallerIdentity;

/**
 * The outcome of checking a credential: the caller's identity, or the reason it was refused. The reason is for
 * the server log only; the caller always hears the same {@code invalid_token}.
 */
public record Verification(CallerIdentity identity, String refusal) {

    public static Verification of(CallerIdentity identity) {
        return new Verification(identity, null);
    }

    public static Verification refused(String reason) {
        return new Verification(null, reason);
    }

    public boolean succeeded() {
        return identity != null;
    }
}
