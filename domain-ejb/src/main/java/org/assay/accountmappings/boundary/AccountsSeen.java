package org.assay.accountmappings.boundary;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.platform.entity.UserInfo;

/** Records the accounts an ingested file uses as (unmapped) account mappings of its engagement. */
@Dependent
public class AccountsSeen {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    Clock clock;

    /** Adds a mapping for each account the engagement has none for yet; runs in the caller's transaction. */
    public void record(String engagementId, Map<String, String> accountDescriptions, UserInfo by) {
        Set<String> known = new HashSet<>();
        em.createNamedQuery(AccountMapping.OF_ENGAGEMENT, AccountMapping.class)
                .setParameter("engagementId", engagementId).getResultStream()
                .forEach(m -> known.add(m.getAccount()));
        Instant now = clock.instant();
        accountDescriptions.forEach((account, description) -> {
            if (!known.contains(account)) {
                AccountMapping mapping = new AccountMapping(engagementId, account, description);
                mapping.stampCreated(by, now);
                em.persist(mapping);
            }
        });
    }
}
