package org.assay.organizations.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.organizations.entity.Organization;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiOrganizationRead}. */
public record OrganizationRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String name, String externalClientCode,
        List<String> managerUserIds) {

    public static OrganizationRead of(Organization o) {
        return new OrganizationRead(o.getId(), o.getVersion(), o.getCreationDate(), o.getLastModifiedDate(),
                UserInfoRead.of(o.getCreatedUserInfo()), UserInfoRead.of(o.getLastModifiedUserInfo()), o.getName(),
                o.getExternalClientCode(), List.copyOf(o.getManagerUserIds()));
    }
}
