package org.assay.catalogue.boundary;

import static org.assay.access.control.Permissions.ANALYSIS_TYPES_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/** Analysis types: seeded, read-only and visible to everybody with the permission. */
@Stateless
public class AnalysisTypeFacade {

    static final String ENTITY = "ANALYSIS_TYPE";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("name", "name")
            .string("interimName", "interimName")
            .bool("archived", "archived")
            .bool("accountMappingRequired", "accountMappingRequired")
            .bool("fundSupported", "fundSupported")
            .bool("interimSupported", "interimSupported")
            .bool("periodicSupported", "periodicSupported")
            .number("maxPeriod", "maxPeriod")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @RolesAllowed(ANALYSIS_TYPES_READ)
    public AnalysisTypeRead get(String id) {
        return AnalysisTypeRead.of(store.find(AnalysisType.class, ENTITY, id));
    }

    @RolesAllowed(ANALYSIS_TYPES_READ)
    public Page<AnalysisTypeRead> query(QueryRequest request) {
        return queries.page(AnalysisType.class, FIELDS, request, null).map(AnalysisTypeRead::of);
    }
}
