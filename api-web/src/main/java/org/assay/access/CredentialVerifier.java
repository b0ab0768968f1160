package org.assay.access;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One kind of bearer credential. The authentication mechanism asks each verifier whether it recognises the
 * credential's shape and lets the first that does decide; API tokens plug in as a second verifier.
 */
public interface CredentialVerifier {

    /** Whether the credential has this verifier's shape (no verification yet). */
    boolean recognises(String credential);

    /** Verifies the credential for this request. */
    Verification verify(String credential, HttpServletRequest request);
}
