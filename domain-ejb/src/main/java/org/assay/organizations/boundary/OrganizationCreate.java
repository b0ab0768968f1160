package org.assay.organizations.boundary;

import java.util.List;

/** {@code ApiOrganizationCreate}. */
public record OrganizationCreate(String name, String externalClientCode, List<String> managerUserIds) {
}
