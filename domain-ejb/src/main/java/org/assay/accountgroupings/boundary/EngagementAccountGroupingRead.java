package org.assay.accountgroupings.boundary;

import java.time.Instant;
import org.assay.accountgroupings.entity.EngagementAccountGrouping;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiEngagementAccountGroupingRead} (the fields Assay keeps). */
public record EngagementAccountGroupingRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String engagementId,
        String accountGroupingId, String name, EngagementAccountGrouping.PublishStatus publishStatus) {

    public static EngagementAccountGroupingRead of(EngagementAccountGrouping g) {
        return new EngagementAccountGroupingRead(g.getId(), g.getVersion(), g.getCreationDate(),
                g.getLastModifiedDate(), UserInfoRead.of(g.getCreatedUserInfo()),
                UserInfoRead.of(g.getLastModifiedUserInfo()), g.getEngagementId(), g.getAccountGroupingId(),
                g.getName(), g.getPublishStatus());
    }
}
