package org.assay.organizations.boundary;

import java.util.List;

/** {@code ApiOrganizationUpdate}: a full replacement of the editable fields, guarded by {@code version}. */
public record OrganizationUpdate(Long version, String name, String externalClientCode, List<String> managerUserIds) {
}
