package org.assay.catalogue.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.catalogue.control.CatalogueJson;
import org.assay.catalogue.control.SourceConfiguration;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiAnalysisTypeRead}. */
public record AnalysisTypeRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String name, String interimName,
        String description, boolean accountMappingRequired, boolean fundSupported, boolean interimSupported,
        boolean periodicSupported, boolean archived, int maxPeriod, List<SourceConfiguration> sourceConfigurations) {

    public static AnalysisTypeRead of(AnalysisType t) {
        return new AnalysisTypeRead(t.getId(), t.getVersion(), t.getCreationDate(), t.getLastModifiedDate(),
                UserInfoRead.of(t.getCreatedUserInfo()), UserInfoRead.of(t.getLastModifiedUserInfo()), t.getName(),
                t.getInterimName(), t.getDescription(), t.isAccountMappingRequired(), t.isFundSupported(),
                t.isInterimSupported(), t.isPeriodicSupported(), t.isArchived(), t.getMaxPeriod(),
                CatalogueJson.sourceConfigurations(t.getSourceConfigurationsJson()));
    }
}
