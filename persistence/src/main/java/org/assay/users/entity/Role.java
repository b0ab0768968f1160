package org.assay.users.entity;

/** The MindBridge user roles (api-reference §2); which permissions each one carries is decided in domain-ejb. */
public enum Role {
    ROLE_ADMIN,
    ROLE_ORGANIZATION_ADMIN,
    ROLE_USER,
    ROLE_CLIENT,
    ROLE_MINDBRIDGE_SUPPORT,
    ROLE_USER_ADMIN
}
