package org.assay.users.boundary;

import org.assay.users.entity.Role;

/** {@code ApiUserUpdate}: role and enabled state, guarded by the version of the caller's last read. */
public record UserUpdate(Long version, Role role, Boolean enabled) {
}
