package org.assay.catalogue.boundary;

import static org.assay.access.control.Permissions.LIBRARIES_READ;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.assay.catalogue.entity.Library;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/** Libraries. Only the seeded system libraries exist, and everybody with the permission sees all of them. */
@Stateless
public class LibraryFacade {

    static final String ENTITY = "LIBRARY";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("name", "name")
            .bool("system", "system")
            .bool("archived", "archived")
            .stringSet("analysisTypeIds", "analysisTypeIds")
            .id("basedOnLibraryId", "basedOnLibraryId")
            .id("originalSystemLibraryId", "originalSystemLibraryId")
            .id("accountGroupingId", "accountGroupingId")
            .string("riskScoreDisplay", "riskScoreDisplay")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @RolesAllowed(LIBRARIES_READ)
    public LibraryRead get(String id) {
        return LibraryRead.of(store.find(Library.class, ENTITY, id));
    }

    @RolesAllowed(LIBRARIES_READ)
    public Page<LibraryRead> query(QueryRequest request) {
        return queries.page(Library.class, FIELDS, request, null).map(LibraryRead::of);
    }
}
