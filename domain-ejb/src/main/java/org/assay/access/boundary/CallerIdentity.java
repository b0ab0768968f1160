package org.assay.access.boundary;

import java.util.Set;

/** An authenticated caller as the container learns it: the user id as principal name and the container roles. */
public record CallerIdentity(String userId, Set<String> groups) {
}
