package org.assay.catalogue.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.catalogue.entity.Library;
import org.assay.platform.entity.AuditedEntity;
import org.assay.platform.entity.UserInfo;

/**
 * Brings the stored catalogue in line with the seed inside the caller's transaction: inserts the missing entries and
 * rewrites those whose seeded attributes differ. Entries that already match are left alone, so their version and
 * modification stamp only move when the seed changes. Rows the seed no longer names are kept (engagements may
 * still refer to them).
 */
public class CatalogueUpsert {

    /** How many entries were inserted and how many corrected. */
    public record Outcome(int inserted, int updated) {

        public boolean changed() {
            return inserted + updated > 0;
        }
    }

    private final EntityManager em;
    private final UserInfo author;
    private final Instant now;
    private int inserted;
    private int updated;

    public CatalogueUpsert(EntityManager em, UserInfo author, Instant now) {
        this.em = Objects.requireNonNull(em);
        this.author = Objects.requireNonNull(author);
        this.now = Objects.requireNonNull(now);
    }

    /** Applies the seed and flushes, so that a conflict with a concurrent writer usually surfaces in this call. */
    public Outcome apply(CatalogueSeed seed) {
        upsert(AnalysisSourceType.class, seed.analysisSourceTypes());
        upsert(AnalysisType.class, seed.analysisTypes());
        upsert(Library.class, seed.libraries());
        em.flush();
        return new Outcome(inserted, updated);
    }

    private <E extends AuditedEntity> void upsert(Class<E> type, List<? extends Seeded<E>> entries) {
        for (Seeded<E> entry : entries) {
            E stored = em.find(type, entry.id());
            if (stored == null) {
                E created = entry.create();
                created.stampCreated(author, now);
                em.persist(created);
                inserted++;
            } else if (!entry.describes(stored)) {
                entry.applyTo(stored);
                stored.stampModified(author, now);
                updated++;
            }
        }
    }
}
