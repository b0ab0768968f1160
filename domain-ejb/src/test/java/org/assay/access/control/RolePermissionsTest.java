package org.assay.access.control;

import static org.assay.access.control.Permissions.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.assay.users.entity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RolePermissionsTest {

    private static Set<String> of(Role role) {
        return RolePermissions.groupsOf(role);
    }

    private static Set<Role> rolesHaving(String permission) {
        return EnumSet.allOf(Role.class).stream().filter(r -> of(r).contains(permission))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleHasANonEmptyGroupSet(Role role) {
        assertNotNull(of(role), role.name());
        assertFalse(of(role).isEmpty(), role.name());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyGroupIsAKnownPermissionOrAppAdmin(Role role) {
        for (String group : of(role)) {
            assertTrue(ALL.contains(group) || APP_ADMIN.equals(group), role + " has unknown group " + group);
        }
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void groupSetsCannotBeModified(Role role) {
        Set<String> groups = of(role);
        assertThrows(UnsupportedOperationException.class, () -> groups.add(APP_ADMIN));
        assertThrows(UnsupportedOperationException.class, () -> groups.remove(groups.iterator().next()));
        assertThrows(UnsupportedOperationException.class, groups::clear);
    }

    @Test
    void adminHasEveryPermissionAndAppAdmin() {
        Set<String> expected = new HashSet<>(ALL);
        expected.add(APP_ADMIN);
        assertEquals(expected, of(Role.ROLE_ADMIN));
        assertEquals(65, of(Role.ROLE_ADMIN).size());
    }

    @Test
    void onlyAdminIsAppAdmin() {
        assertEquals(EnumSet.of(Role.ROLE_ADMIN), rolesHaving(APP_ADMIN));
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void everyRoleIsASubsetOfAdmin(Role role) {
        assertTrue(of(Role.ROLE_ADMIN).containsAll(of(role)), role.name());
    }

    @Test
    void apiTokensAreManagedByAdminOnly() {
        assertEquals(EnumSet.of(Role.ROLE_ADMIN), rolesHaving(API_TOKENS_WRITE));
        assertEquals(EnumSet.of(Role.ROLE_ADMIN), rolesHaving(API_TOKENS_DELETE));
        assertEquals(EnumSet.of(Role.ROLE_ADMIN), rolesHaving(API_TOKENS_READ), "support must not see token metadata");
    }

    @Test
    void scimProvisioningIsAdminOnly() {
        for (String scim : Set.of(SCIM_USER_READ, SCIM_USER_WRITE, SCIM_USER_DELETE, SCIM_USER_SCHEMA)) {
            assertEquals(EnumSet.of(Role.ROLE_ADMIN), rolesHaving(scim), scim);
        }
    }

    @Test
    void adminReportsWebhooksAndConnectionsChangesAreAdminOnly() {
        for (String p : Set.of(ADMIN_REPORTS_RUN, WEBHOOKS_WRITE, WEBHOOKS_DELETE, CONNECTIONS_WRITE,
                CONNECTIONS_DELETE, CONNECTION_DATA_SOURCES_WRITE, CONNECTION_DATA_SOURCES_DELETE, LIBRARIES_WRITE,
                LIBRARIES_DELETE, ACCOUNT_GROUPINGS_WRITE, ACCOUNT_GROUPINGS_DELETE, ANALYSIS_TYPE_CONFIGURATION_WRITE,
                ANALYSIS_TYPE_CONFIGURATION_DELETE)) {
            assertEquals(EnumSet.of(Role.ROLE_ADMIN), rolesHaving(p), p);
        }
    }

    @Test
    void usersAreChangedOnlyByAdminAndUserAdmin() {
        assertEquals(EnumSet.of(Role.ROLE_ADMIN, Role.ROLE_USER_ADMIN), rolesHaving(USERS_WRITE));
        assertEquals(EnumSet.of(Role.ROLE_ADMIN, Role.ROLE_USER_ADMIN), rolesHaving(USERS_DELETE));
    }

    @Test
    void organizationsAreChangedOnlyByAdminAndOrganizationAdmin() {
        assertEquals(EnumSet.of(Role.ROLE_ADMIN, Role.ROLE_ORGANIZATION_ADMIN), rolesHaving(ORGANIZATIONS_WRITE));
        assertEquals(EnumSet.of(Role.ROLE_ADMIN, Role.ROLE_ORGANIZATION_ADMIN), rolesHaving(ORGANIZATIONS_DELETE));
    }

    @Test
    void userDoesEngagementWorkButNoAdministration() {
        Set<String> user = of(Role.ROLE_USER);
        assertFalse(user.contains(ORGANIZATIONS_WRITE));
        assertFalse(user.contains(ORGANIZATIONS_DELETE));
        assertFalse(user.contains(USERS_WRITE));
        assertFalse(user.contains(USERS_DELETE));
        assertFalse(user.contains(APP_ADMIN));
        assertTrue(user.containsAll(Set.of(ENGAGEMENTS_READ, ENGAGEMENTS_WRITE, ANALYSES_READ, ANALYSES_WRITE,
                ANALYSES_RUN, FILE_MANAGER_WRITE, TASKS_WRITE, USERS_READ, ORGANIZATIONS_READ)));
        assertFalse(user.contains(ENGAGEMENTS_DELETE), "deleting engagements is for organization admins");
        assertFalse(user.contains(ANALYSES_DELETE), "deleting analyses is for organization admins");
    }

    @Test
    void organizationAdminExtendsUserWithOrganizationManagementOnly() {
        Set<String> user = of(Role.ROLE_USER);
        Set<String> organizationAdmin = of(Role.ROLE_ORGANIZATION_ADMIN);
        assertTrue(organizationAdmin.containsAll(user));
        Set<String> extra = new HashSet<>(organizationAdmin);
        extra.removeAll(user);
        assertEquals(Set.of(ORGANIZATIONS_WRITE, ORGANIZATIONS_DELETE, ENGAGEMENTS_DELETE, ANALYSES_DELETE,
                RISK_RANGES_WRITE, RISK_RANGES_DELETE, FILTERS_DELETE, ENGAGEMENT_ACCOUNT_GROUPINGS_WRITE,
                ENGAGEMENT_ACCOUNT_GROUPINGS_DELETE, REPORTING_PERIOD_CONFIG_WRITE, REPORTING_PERIOD_CONFIG_DELETE), extra);
        assertFalse(organizationAdmin.contains(USERS_WRITE));
    }

    @Test
    void clientIsASubsetOfUserAndOnlyExchangesFiles() {
        Set<String> client = of(Role.ROLE_CLIENT);
        assertTrue(of(Role.ROLE_USER).containsAll(client));
        Set<String> nonRead = client.stream().filter(p -> !p.endsWith(".read")).collect(Collectors.toSet());
        assertEquals(Set.of(FILE_MANAGER_WRITE), nonRead);
        assertFalse(client.contains(USERS_READ), "clients must not list the firm's users");
        assertFalse(client.contains(ANALYSES_READ));
    }

    @Test
    void supportIsReadOnlyWithoutTokensOrScim() {
        Set<String> support = of(Role.ROLE_MINDBRIDGE_SUPPORT);
        for (String p : support) {
            assertTrue(p.endsWith(".read"), "support must only read, has " + p);
        }
        Set<String> expected = ALL.stream().filter(p -> p.endsWith(".read")).collect(Collectors.toSet());
        expected.remove(API_TOKENS_READ);
        expected.remove(SCIM_USER_READ);
        assertEquals(expected, support);
    }

    @Test
    void userAdminManagesUsersOnly() {
        assertEquals(Set.of(USERS_READ, USERS_WRITE, USERS_DELETE, ORGANIZATIONS_READ), of(Role.ROLE_USER_ADMIN));
    }

    @Test
    void nonAdminRolesHaveStrictlyFewerPermissionsThanAdmin() {
        for (Role role : EnumSet.complementOf(EnumSet.of(Role.ROLE_ADMIN))) {
            assertTrue(of(role).size() < ALL.size(), role.name());
        }
    }
}
