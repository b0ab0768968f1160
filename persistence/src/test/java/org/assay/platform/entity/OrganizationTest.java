package org.assay.platform.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.assay.organizations.entity.Organization;
import org.junit.jupiter.api.Test;

/** Plain-Java behaviour of the Organization entity; no database. */
class OrganizationTest {

    @Test
    void nameKeyIsTrimmedAndLowerCased() {
        assertEquals("acme corp", Organization.nameKey("  ACME Corp \t"));
        assertEquals("acme corp", Organization.nameKey("acme corp"));
    }

    @Test
    void nameKeyIgnoresTheDefaultLocale() {
        Locale saved = Locale.getDefault();
        try {
            Locale.setDefault(Locale.forLanguageTag("tr-TR"));
            assertEquals("info ltd", Organization.nameKey("INFO LTD"));
        } finally {
            Locale.setDefault(saved);
        }
    }

    @Test
    void namesDifferingOnlyInCaseAndBlanksShareTheKey() {
        assertEquals(Organization.nameKey("Acme"), Organization.nameKey(" aCmE "));
    }

    @Test
    void constructorKeepsTheTrimmedNameWithItsCase() {
        Organization organization = new Organization("  Acme Corp  ");
        assertEquals("Acme Corp", organization.getName());
        assertNull(organization.getExternalClientCode());
        assertTrue(organization.getManagerUserIds().isEmpty());
        assertTrue(ObjectIds.isValid(organization.getId()));
    }

    @Test
    void renameChangesTheName() {
        Organization organization = new Organization("Acme");
        organization.rename(" Globex ");
        assertEquals("Globex", organization.getName());
    }

    @Test
    void externalClientCodeIsKeptAsGiven() {
        Organization organization = new Organization("Acme");
        organization.setExternalClientCode("C-001");
        assertEquals("C-001", organization.getExternalClientCode());
        organization.setExternalClientCode(null);
        assertNull(organization.getExternalClientCode());
    }

    @Test
    void replaceManagersReplacesTheWholeSetKeepingOrderAndDroppingDuplicates() {
        Organization organization = new Organization("Acme");
        organization.replaceManagers(List.of("b", "a"));
        organization.replaceManagers(List.of("c", "a", "c"));
        assertEquals(List.of("c", "a"), new ArrayList<>(organization.getManagerUserIds()));
        organization.replaceManagers(List.of());
        assertTrue(organization.getManagerUserIds().isEmpty());
    }

    @Test
    void replaceManagersCopiesTheGivenCollection() {
        Organization organization = new Organization("Acme");
        List<String> ids = new ArrayList<>(List.of("a"));
        organization.replaceManagers(ids);
        ids.add("b");
        assertEquals(Set.of("a"), organization.getManagerUserIds());
    }

    @Test
    void removeManagerRemovesOnlyThatUser() {
        Organization organization = new Organization("Acme");
        organization.replaceManagers(List.of("a", "b", "c"));
        organization.removeManager("b");
        assertEquals(List.of("a", "c"), new ArrayList<>(organization.getManagerUserIds()));
        organization.removeManager("unknown");
        assertEquals(List.of("a", "c"), new ArrayList<>(organization.getManagerUserIds()));
    }

    @Test
    void managersCannotBeModifiedFromOutside() {
        Organization organization = new Organization("Acme");
        assertThrows(UnsupportedOperationException.class, () -> organization.getManagerUserIds().add("x"));
    }
}
