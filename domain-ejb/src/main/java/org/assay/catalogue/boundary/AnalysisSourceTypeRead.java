package org.assay.catalogue.boundary;

import java.time.Instant;
import java.util.List;
import org.assay.catalogue.control.CatalogueJson;
import org.assay.catalogue.control.ColumnDefinition;
import org.assay.catalogue.control.SourceTypeFeature;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.platform.boundary.UserInfoRead;

/** {@code ApiAnalysisSourceTypeRead}. */
public record AnalysisSourceTypeRead(String id, long version, Instant creationDate, Instant lastModifiedDate,
        UserInfoRead createdUserInfo, UserInfoRead lastModifiedUserInfo, String name, String interimName,
        boolean archived, List<SourceTypeFeature> features, List<ColumnDefinition> columnDefinitions) {

    public static AnalysisSourceTypeRead of(AnalysisSourceType t) {
        return new AnalysisSourceTypeRead(t.getId(), t.getVersion(), t.getCreationDate(), t.getLastModifiedDate(),
                UserInfoRead.of(t.getCreatedUserInfo()), UserInfoRead.of(t.getLastModifiedUserInfo()), t.getName(),
                t.getInterimName(), t.isArchived(), CatalogueJson.features(t.getFeatures()),
                CatalogueJson.columnDefinitions(t.getColumnDefinitionsJson()));
    }
}
