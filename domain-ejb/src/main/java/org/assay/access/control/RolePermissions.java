package org.assay.access.control;

import static org.assay.access.control.Permissions.*;

import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.assay.users.entity.Role;

/**
 * The one place that says which permissions (container roles) each user role carries. A JWT caller's groups are
 * computed from the user's current role on every request, so a role change takes effect at once.
 */
public final class RolePermissions {

    private static final Map<Role, Set<String>> GROUPS = new EnumMap<>(Role.class);

    static {
        Set<String> everyRead = ALL.stream().filter(p -> p.endsWith(".read")).collect(Collectors.toSet());

        Set<String> admin = new HashSet<>(ALL);
        admin.add(APP_ADMIN);
        GROUPS.put(Role.ROLE_ADMIN, admin);

        // Vendor support may look at everything except secrets' metadata and identity provisioning.
        Set<String> support = new HashSet<>(everyRead);
        support.remove(API_TOKENS_READ);
        support.remove(SCIM_USER_READ);
        GROUPS.put(Role.ROLE_MINDBRIDGE_SUPPORT, support);

        GROUPS.put(Role.ROLE_USER_ADMIN, Set.of(USERS_READ, USERS_WRITE, USERS_DELETE, ORGANIZATIONS_READ));

        Set<String> catalogue = Set.of(LIBRARIES_READ, ANALYSIS_TYPES_READ, ANALYSIS_SOURCE_TYPES_READ, FILE_INFOS_READ,
                ANALYSIS_TYPE_CONFIGURATION_READ, ACCOUNT_GROUPINGS_READ, REPORTING_PERIOD_CONFIG_READ, RISK_RANGES_READ,
                FILTERS_READ, USERS_READ);

        // Auditors do the engagement work: engagements, analyses, files, sources, tasks and results.
        Set<String> user = new HashSet<>(catalogue);
        user.addAll(Set.of(ORGANIZATIONS_READ, ENGAGEMENTS_READ, ENGAGEMENTS_WRITE,
                ANALYSES_READ, ANALYSES_WRITE, ANALYSES_RUN,
                ANALYSIS_SOURCES_READ, ANALYSIS_SOURCES_WRITE, ANALYSIS_SOURCES_DELETE,
                FILE_MANAGER_READ, FILE_MANAGER_WRITE, FILE_MANAGER_DELETE,
                TASKS_READ, TASKS_WRITE, TASKS_DELETE, DATA_TABLES_READ, FILTERS_WRITE,
                ENGAGEMENT_ACCOUNT_GROUPINGS_READ));
        GROUPS.put(Role.ROLE_USER, user);

        // Organization admins additionally manage the organizations assigned to them and their configuration.
        Set<String> organizationAdmin = new HashSet<>(user);
        organizationAdmin.addAll(Set.of(ORGANIZATIONS_WRITE, ORGANIZATIONS_DELETE, ENGAGEMENTS_DELETE, ANALYSES_DELETE,
                RISK_RANGES_WRITE, RISK_RANGES_DELETE, FILTERS_DELETE,
                ENGAGEMENT_ACCOUNT_GROUPINGS_WRITE, ENGAGEMENT_ACCOUNT_GROUPINGS_DELETE,
                REPORTING_PERIOD_CONFIG_WRITE, REPORTING_PERIOD_CONFIG_DELETE));
        GROUPS.put(Role.ROLE_ORGANIZATION_ADMIN, organizationAdmin);

        // External client users only exchange files with the engagement team.
        GROUPS.put(Role.ROLE_CLIENT, Set.of(ORGANIZATIONS_READ, ENGAGEMENTS_READ, FILE_MANAGER_READ, FILE_MANAGER_WRITE,
                FILE_INFOS_READ, LIBRARIES_READ, ANALYSIS_TYPES_READ, ANALYSIS_SOURCE_TYPES_READ));

        GROUPS.replaceAll((role, groups) -> Collections.unmodifiableSet(groups));
    }

    private RolePermissions() {
    }

    /** The container roles of a user in this role. */
    public static Set<String> groupsOf(Role role) {
        return GROUPS.get(role);
    }
}
