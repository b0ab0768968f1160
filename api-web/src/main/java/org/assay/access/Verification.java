package org.assay.access;

import java.time.Instant;
import org.assay.access.boundary.CallerIdentity;

/**
 * The outcome of checking a credential: the caller's identity (and, for an API token, when it stops working), or
 * the reason it was refused. The reason is for the server log only; the caller always hears {@code invalid_token}.
 */
public record Verification(CallerIdentity identity, Instant expires, String refusal) {

    public static Verification of(CallerIdentity identity) {
        return new Verification(identity, null, null);
    }

    public static Verification refused(String reason) {
        return new Verification(null, null, reason);
    }

    public Verification expiring(Instant end) {
        return new Verification(identity, end, refusal);
    }

    public boolean succeeded() {
        return identity != null;
    }
}
