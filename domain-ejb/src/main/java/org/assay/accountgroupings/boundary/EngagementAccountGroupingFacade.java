package org.assay.accountgroupings.boundary;

import static org.assay.access.control.Permissions.ENGAGEMENT_ACCOUNT_GROUPINGS_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.accountgroupings.entity.EngagementAccountGrouping;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/** Reading engagement account groupings (none until Assay imports account groupings). */
@Stateless
public class EngagementAccountGroupingFacade {

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .id("engagementId", "engagementId")
            .id("accountGroupingId", "accountGroupingId")
            .string("name", "name")
            .enumeration("publishStatus", "publishStatus", EngagementAccountGrouping.PublishStatus.class)
            .build();

    @Inject
    EngagementAccess access;

    @RolesAllowed(ENGAGEMENT_ACCOUNT_GROUPINGS_READ)
    public EngagementAccountGroupingRead get(String id) {
        return EngagementAccountGroupingRead.of(access.find(EngagementAccountGrouping.class,
                "ENGAGEMENT_ACCOUNT_GROUPING", id, EngagementAccountGrouping::getEngagementId));
    }

    @RolesAllowed(ENGAGEMENT_ACCOUNT_GROUPINGS_READ)
    public Page<EngagementAccountGroupingRead> query(QueryRequest request) {
        return access.page(EngagementAccountGrouping.class, FIELDS, request, EngagementAccountGroupingRead::of);
    }
}
