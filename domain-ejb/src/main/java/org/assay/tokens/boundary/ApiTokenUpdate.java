package org.assay.tokens.boundary;

/** {@code ApiApiTokenUpdate}: only the name changes; other settings need a new token (or a renewal). */
public record ApiTokenUpdate(Long version, String name) {
}
