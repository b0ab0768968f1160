package org.assay.platform.boundary;

import java.util.List;

/** No entity of that type with that id exists, or the caller may not know that it does (404). */
public class EntityNotFoundException extends DomainException {

    public EntityNotFoundException(String entityType, String id) {
        super(Kind.NOT_FOUND, entityType + " " + id + " not found", List.of(), entityType, id);
    }
}
