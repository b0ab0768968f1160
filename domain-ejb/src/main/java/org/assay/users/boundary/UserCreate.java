package org.assay.users.boundary;

import org.assay.users.entity.Role;

/** {@code ApiUserCreate}: only the email and the role; the person sets everything else when activating. */
public record UserCreate(String email, Role role) {
}
