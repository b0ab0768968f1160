package org.assay.access.control;

import java.util.Set;

/**
 * The 64 MindBridge permissions (api-reference §1.2). Each is a container security role: {@code @RolesAllowed}
 * on resources and façades names these constants, an API token's groups are exactly its permissions and a user's
 * groups come from {@link RolePermissions}. read / write / delete map to GET-query / POST-PUT / DELETE.
 */
public final class Permissions {

    /** Not a MindBridge permission: the group of App Admins (ROLE_ADMIN), for Assay-only administration. */
    public static final String APP_ADMIN = "app-admin";

    public static final String ORGANIZATIONS_READ = "api.organizations.read";
    public static final String ORGANIZATIONS_WRITE = "api.organizations.write";
    public static final String ORGANIZATIONS_DELETE = "api.organizations.delete";
    public static final String ENGAGEMENTS_READ = "api.engagements.read";
    public static final String ENGAGEMENTS_WRITE = "api.engagements.write";
    public static final String ENGAGEMENTS_DELETE = "api.engagements.delete";
    public static final String ANALYSES_READ = "api.analyses.read";
    public static final String ANALYSES_WRITE = "api.analyses.write";
    public static final String ANALYSES_DELETE = "api.analyses.delete";
    public static final String ANALYSES_RUN = "api.analyses.run";
    public static final String ANALYSIS_SOURCES_READ = "api.analysis-sources.read";
    public static final String ANALYSIS_SOURCES_WRITE = "api.analysis-sources.write";
    public static final String ANALYSIS_SOURCES_DELETE = "api.analysis-sources.delete";
    public static final String FILE_MANAGER_READ = "api.file-manager.read";
    public static final String FILE_MANAGER_WRITE = "api.file-manager.write";
    public static final String FILE_MANAGER_DELETE = "api.file-manager.delete";
    public static final String REPORTING_PERIOD_CONFIG_READ = "api.reporting-period-config.read";
    public static final String REPORTING_PERIOD_CONFIG_WRITE = "api.reporting-period-config.write";
    public static final String REPORTING_PERIOD_CONFIG_DELETE = "api.reporting-period-config.delete";
    public static final String LIBRARIES_READ = "api.libraries.read";
    public static final String LIBRARIES_WRITE = "api.libraries.write";
    public static final String LIBRARIES_DELETE = "api.libraries.delete";
    public static final String ACCOUNT_GROUPINGS_READ = "api.account-groupings.read";
    public static final String ACCOUNT_GROUPINGS_WRITE = "api.account-groupings.write";
    public static final String ACCOUNT_GROUPINGS_DELETE = "api.account-groupings.delete";
    public static final String ENGAGEMENT_ACCOUNT_GROUPINGS_READ = "api.engagement-account-groupings.read";
    public static final String ENGAGEMENT_ACCOUNT_GROUPINGS_WRITE = "api.engagement-account-groupings.write";
    public static final String ENGAGEMENT_ACCOUNT_GROUPINGS_DELETE = "api.engagement-account-groupings.delete";
    public static final String USERS_READ = "api.users.read";
    public static final String USERS_WRITE = "api.users.write";
    public static final String USERS_DELETE = "api.users.delete";
    public static final String DATA_TABLES_READ = "api.data-tables.read";
    public static final String API_TOKENS_READ = "api.api-tokens.read";
    public static final String API_TOKENS_WRITE = "api.api-tokens.write";
    public static final String API_TOKENS_DELETE = "api.api-tokens.delete";
    public static final String TASKS_READ = "api.tasks.read";
    public static final String TASKS_WRITE = "api.tasks.write";
    public static final String TASKS_DELETE = "api.tasks.delete";
    public static final String ADMIN_REPORTS_RUN = "api.admin-reports.run";
    public static final String ANALYSIS_TYPES_READ = "api.analysis-types.read";
    public static final String ANALYSIS_SOURCE_TYPES_READ = "api.analysis-source-types.read";
    public static final String ANALYSIS_TYPE_CONFIGURATION_READ = "api.analysis-type-configuration.read";
    public static final String ANALYSIS_TYPE_CONFIGURATION_WRITE = "api.analysis-type-configuration.write";
    public static final String ANALYSIS_TYPE_CONFIGURATION_DELETE = "api.analysis-type-configuration.delete";
    public static final String RISK_RANGES_READ = "api.risk-ranges.read";
    public static final String RISK_RANGES_WRITE = "api.risk-ranges.write";
    public static final String RISK_RANGES_DELETE = "api.risk-ranges.delete";
    public static final String FILTERS_READ = "api.filters.read";
    public static final String FILTERS_WRITE = "api.filters.write";
    public static final String FILTERS_DELETE = "api.filters.delete";
    public static final String FILE_INFOS_READ = "api.file-infos.read";
    public static final String WEBHOOKS_READ = "api.webhooks.read";
    public static final String WEBHOOKS_WRITE = "api.webhooks.write";
    public static final String WEBHOOKS_DELETE = "api.webhooks.delete";
    public static final String CONNECTIONS_READ = "api.connections.read";
    public static final String CONNECTIONS_WRITE = "api.connections.write";
    public static final String CONNECTIONS_DELETE = "api.connections.delete";
    public static final String CONNECTION_DATA_SOURCES_READ = "api.connection-data-sources.read";
    public static final String CONNECTION_DATA_SOURCES_WRITE = "api.connection-data-sources.write";
    public static final String CONNECTION_DATA_SOURCES_DELETE = "api.connection-data-sources.delete";
    public static final String SCIM_USER_READ = "scim.user.read";
    public static final String SCIM_USER_WRITE = "scim.user.write";
    public static final String SCIM_USER_DELETE = "scim.user.delete";
    public static final String SCIM_USER_SCHEMA = "scim.user.schema";

    /** Every MindBridge permission (an unordered set). */
    public static final Set<String> ALL = Set.of(
            ORGANIZATIONS_READ,
            ORGANIZATIONS_WRITE,
            ORGANIZATIONS_DELETE,
            ENGAGEMENTS_READ,
            ENGAGEMENTS_WRITE,
            ENGAGEMENTS_DELETE,
            ANALYSES_READ,
            ANALYSES_WRITE,
            ANALYSES_DELETE,
            ANALYSES_RUN,
            ANALYSIS_SOURCES_READ,
            ANALYSIS_SOURCES_WRITE,
            ANALYSIS_SOURCES_DELETE,
            FILE_MANAGER_READ,
            FILE_MANAGER_WRITE,
            FILE_MANAGER_DELETE,
            REPORTING_PERIOD_CONFIG_READ,
            REPORTING_PERIOD_CONFIG_WRITE,
            REPORTING_PERIOD_CONFIG_DELETE,
            LIBRARIES_READ,
            LIBRARIES_WRITE,
            LIBRARIES_DELETE,
            ACCOUNT_GROUPINGS_READ,
            ACCOUNT_GROUPINGS_WRITE,
            ACCOUNT_GROUPINGS_DELETE,
            ENGAGEMENT_ACCOUNT_GROUPINGS_READ,
            ENGAGEMENT_ACCOUNT_GROUPINGS_WRITE,
            ENGAGEMENT_ACCOUNT_GROUPINGS_DELETE,
            USERS_READ,
            USERS_WRITE,
            USERS_DELETE,
            DATA_TABLES_READ,
            API_TOKENS_READ,
            API_TOKENS_WRITE,
            API_TOKENS_DELETE,
            TASKS_READ,
            TASKS_WRITE,
            TASKS_DELETE,
            ADMIN_REPORTS_RUN,
            ANALYSIS_TYPES_READ,
            ANALYSIS_SOURCE_TYPES_READ,
            ANALYSIS_TYPE_CONFIGURATION_READ,
            ANALYSIS_TYPE_CONFIGURATION_WRITE,
            ANALYSIS_TYPE_CONFIGURATION_DELETE,
            RISK_RANGES_READ,
            RISK_RANGES_WRITE,
            RISK_RANGES_DELETE,
            FILTERS_READ,
            FILTERS_WRITE,
            FILTERS_DELETE,
            FILE_INFOS_READ,
            WEBHOOKS_READ,
            WEBHOOKS_WRITE,
            WEBHOOKS_DELETE,
            CONNECTIONS_READ,
            CONNECTIONS_WRITE,
            CONNECTIONS_DELETE,
            CONNECTION_DATA_SOURCES_READ,
            CONNECTION_DATA_SOURCES_WRITE,
            CONNECTION_DATA_SOURCES_DELETE,
            SCIM_USER_READ,
            SCIM_USER_WRITE,
            SCIM_USER_DELETE,
            SCIM_USER_SCHEMA);

    private Permissions() {
    }
}
