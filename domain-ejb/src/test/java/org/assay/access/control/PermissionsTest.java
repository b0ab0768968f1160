package org.assay.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class PermissionsTest {

    private static final Pattern SHAPE = Pattern.compile("^(api|scim)\\.[a-z-]+\\.(read|write|delete|run|schema)$");

    /** The values of every public static final String constant except APP_ADMIN. */
    private static List<String> permissionConstants() throws IllegalAccessException {
        List<String> values = new ArrayList<>();
        for (Field field : Permissions.class.getDeclaredFields()) {
            int m = field.getModifiers();
            if (Modifier.isPublic(m) && Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class
                    && !field.getName().equals("APP_ADMIN")) {
                values.add((String) field.get(null));
            }
        }
        return values;
    }

    @Test
    void allHoldsExactlySixtyFourPermissions() {
        assertEquals(64, Permissions.ALL.size());
    }

    @Test
    void everyPermissionHasTheMindBridgeShape() {
        for (String permission : Permissions.ALL) {
            assertTrue(SHAPE.matcher(permission).matches(), permission);
        }
    }

    @Test
    void onlyScimUserPermissionsUseTheScimPrefix() {
        Set<String> scim = new HashSet<>();
        Permissions.ALL.stream().filter(p -> p.startsWith("scim.")).forEach(scim::add);
        assertEquals(Set.of("scim.user.read", "scim.user.write", "scim.user.delete", "scim.user.schema"), scim);
        Permissions.ALL.stream().filter(p -> p.endsWith(".schema"))
                .forEach(p -> assertTrue(p.startsWith("scim.user."), p));
    }

    @Test
    void everyConstantIsInAllAndAllConstantsAreDistinct() throws IllegalAccessException {
        List<String> constants = permissionConstants();
        assertEquals(64, constants.size(), "number of permission constants");
        assertEquals(64, new HashSet<>(constants).size(), "constants must be distinct");
        assertEquals(Set.copyOf(constants), Permissions.ALL);
    }

    @Test
    void appAdminIsNotAMindBridgePermission() {
        assertEquals("app-admin", Permissions.APP_ADMIN);
        assertFalse(Permissions.ALL.contains(Permissions.APP_ADMIN));
        assertFalse(SHAPE.matcher(Permissions.APP_ADMIN).matches());
    }

    @Test
    void wellKnownConstantsHaveTheirReferenceValues() {
        assertEquals("api.organizations.read", Permissions.ORGANIZATIONS_READ);
        assertEquals("api.users.write", Permissions.USERS_WRITE);
        assertEquals("api.api-tokens.delete", Permissions.API_TOKENS_DELETE);
        assertEquals("api.analyses.run", Permissions.ANALYSES_RUN);
        assertEquals("api.admin-reports.run", Permissions.ADMIN_REPORTS_RUN);
        assertEquals("api.engagement-account-groupings.write", Permissions.ENGAGEMENT_ACCOUNT_GROUPINGS_WRITE);
        assertEquals("scim.user.schema", Permissions.SCIM_USER_SCHEMA);
    }

    @Test
    void allCannotBeModified() {
        assertThrows(UnsupportedOperationException.class, () -> Permissions.ALL.add("api.evil.write"));
        assertThrows(UnsupportedOperationException.class, () -> Permissions.ALL.remove(Permissions.USERS_READ));
    }
}
