package org.assay.catalogue.boundary;

import static org.assay.access.control.Permissions.ANALYSIS_SOURCE_TYPES_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/** Analysis source types: seeded, read-only and visible to everybody with the permission. */
@Stateless
public class AnalysisSourceTypeFacade {

    static final String ENTITY = "ANALYSIS_SOURCE_TYPE";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("name", "name")
            .string("interimName", "interimName")
            .bool("archived", "archived")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @RolesAllowed(ANALYSIS_SOURCE_TYPES_READ)
    public AnalysisSourceTypeRead get(String id) {
        return AnalysisSourceTypeRead.of(store.find(AnalysisSourceType.class, ENTITY, id));
    }

    @RolesAllowed(ANALYSIS_SOURCE_TYPES_READ)
    public Page<AnalysisSourceTypeRead> query(QueryRequest request) {
        return queries.page(AnalysisSourceType.class, FIELDS, request, null).map(AnalysisSourceTypeRead::of);
    }
}
