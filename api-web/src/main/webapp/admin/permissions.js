// Every MindBridge permission a token can carry (the constants of Permissions.java, checked by PermissionsListTest).
export const PERMISSIONS = [
    "api.organizations.read",
    "api.organizations.write",
    "api.organizations.delete",
    "api.engagements.read",
    "api.engagements.write",
    "api.engagements.delete",
    "api.analyses.read",
    "api.analyses.write",
    "api.analyses.delete",
    "api.analyses.run",
    "api.analysis-sources.read",
    "api.analysis-sources.write",
    "api.analysis-sources.delete",
    "api.file-manager.read",
    "api.file-manager.write",
    "api.file-manager.delete",
    "api.reporting-period-config.read",
    "api.reporting-period-config.write",
    "api.reporting-period-config.delete",
    "api.libraries.read",
    "api.libraries.write",
    "api.libraries.delete",
    "api.account-groupings.read",
    "api.account-groupings.write",
    "api.account-groupings.delete",
    "api.engagement-account-groupings.read",
    "api.engagement-account-groupings.write",
    "api.engagement-account-groupings.delete",
    "api.users.read",
    "api.users.write",
    "api.users.delete",
    "api.data-tables.read",
    "api.api-tokens.read",
    "api.api-tokens.write",
    "api.api-tokens.delete",
    "api.tasks.read",
    "api.tasks.write",
    "api.tasks.delete",
    "api.admin-reports.run",
    "api.analysis-types.read",
    "api.analysis-source-types.read",
    "api.analysis-type-configuration.read",
    "api.analysis-type-configuration.write",
    "api.analysis-type-configuration.delete",
    "api.risk-ranges.read",
    "api.risk-ranges.write",
    "api.risk-ranges.delete",
    "api.filters.read",
    "api.filters.write",
    "api.filters.delete",
    "api.file-infos.read",
    "api.webhooks.read",
    "api.webhooks.write",
    "api.webhooks.delete",
    "api.connections.read",
    "api.connections.write",
    "api.connections.delete",
    "api.connection-data-sources.read",
    "api.connection-data-sources.write",
    "api.connection-data-sources.delete",
    "scim.user.read",
    "scim.user.write",
    "scim.user.delete",
    "scim.user.schema"
];

/** "api.analyses.run" → {resource: "analyses", action: "run"}; "scim.user.schema" → {resource: "scim.user", ...}. */
export function parse(permission) {
    const cut = permission.lastIndexOf(".");
    const head = permission.substring(0, cut);
    return {resource: head.startsWith("api.") ? head.substring(4) : head, action: permission.substring(cut + 1)};
}

/** A short summary: "3 permissions: analyses (read, run), organizations (read)". */
export function summary(permissions) {
    const byResource = new Map();
    for (const permission of [...permissions].sort()) {
        const {resource, action} = parse(permission);
        byResource.set(resource, [...(byResource.get(resource) || []), action]);
    }
    const parts = [...byResource].map(([resource, actions]) => resource + " (" + actions.join(", ") + ")");
    return permissions.length + (permissions.length === 1 ? " permission: " : " permissions: ") + parts.join(", ");
}
