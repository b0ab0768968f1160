package org.assay.platform.web;

/** The RFC 6750 {@code WWW-Authenticate} values Assay answers with. */
public final class BearerChallenge {

    public static final String MISSING = "Bearer realm=\"assay\"";
    public static final String INVALID_TOKEN = "Bearer realm=\"assay\", error=\"invalid_token\"";
    public static final String INSUFFICIENT_SCOPE = "Bearer realm=\"assay\", error=\"insufficient_scope\"";

    private BearerChallenge() {
    }
}
