package org.assay.tokens.boundary;

import java.time.OffsetDateTime;
import java.util.List;

/** {@code ApiApiTokenCreate}. */
public record ApiTokenCreate(String name, OffsetDateTime expiry, List<String> permissions, List<String> allowedAddresses) {
}
