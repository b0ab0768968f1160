package org.assay.catalogue.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.catalogue.entity.Library;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.UserInfoRead;

/**
 * {@code ApiLibraryRead}. {@code conversionWarnings} are the problems of converting a library from an older
 * version; system libraries are never converted, so the list is always empty.
 */
public record LibraryRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String name, String basedOnLibraryId,
        String originalSystemLibraryId, boolean warningsDismissed, List<Problem> conversionWarnings,
        String accountGroupingId, List<String> analysisTypeIds, String defaultDelimiter,
        boolean controlPointSelectionPermission, boolean controlPointWeightPermission,
        boolean controlPointSettingsPermission, boolean riskScoreAndGroupsSelectionPermission,
        boolean riskRangeEditPermission, String riskScoreDisplay, boolean system, boolean archived) {

    public static LibraryRead of(Library l) {
        return new LibraryRead(l.getId(), l.getVersion(), l.getCreationDate(), l.getLastModifiedDate(),
                UserInfoRead.of(l.getCreatedUserInfo()), UserInfoRead.of(l.getLastModifiedUserInfo()), l.getName(),
                l.getBasedOnLibraryId(), l.getOriginalSystemLibraryId(), l.isWarningsDismissed(), List.of(),
                l.getAccountGroupingId(), l.getAnalysisTypeIds(), l.getDefaultDelimiter(),
                l.isControlPointSelectionPermission(), l.isControlPointWeightPermission(),
                l.isControlPointSettingsPermission(), l.isRiskScoreAndGroupsSelectionPermission(),
                l.isRiskRangeEditPermission(), l.getRiskScoreDisplay(), l.isSystem(), l.isArchived());
    }
}
