package org.assay.catalogue.control;

import org.assay.platform.entity.AuditedEntity;

/** One entry of the seed: it can create its entity, tell whether a stored one still matches it, and correct it. */
interface Seeded<E extends AuditedEntity> {

    String id();

    E create();

    /** Whether {@code entity} already holds every seeded attribute of this entry. */
    boolean describes(E entity);

    /** Overwrites the seeded attributes of {@code entity} with this entry's. */
    void applyTo(E entity);
}
