package org.assay.accountmappings.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiAccountMappingRead} (the fields Assay keeps). */
public record AccountMappingRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String engagementId, String account,
        String accountDescription, String code, List<String> accountTags, AccountMapping.Status status) {

    public static AccountMappingRead of(AccountMapping m) {
        return new AccountMappingRead(m.getId(), m.getVersion(), m.getCreationDate(), m.getLastModifiedDate(),
                UserInfoRead.of(m.getCreatedUserInfo()), UserInfoRead.of(m.getLastModifiedUserInfo()),
                m.getEngagementId(), m.getAccount(), m.getAccountDescription(), m.getCode(), m.getAccountTags(),
                m.getStatus());
    }
}
