package org.assay.tokens.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.Optional;
import org.assay.tokens.entity.ApiToken;
import org.assay.users.entity.LoginRecord;
import org.assay.users.entity.User;

/** The database side of token authentication, used before anyone is known (hence {@code @PermitAll}). */
@Stateless
@PermitAll
public class TokenLookup {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    public Optional<TokenSnapshot> bySecretHash(String secretHash) {
        return em.createNamedQuery(ApiToken.BY_SECRET_HASH, ApiToken.class).setParameter("hash", secretHash)
                .getResultStream().findFirst().map(TokenSnapshot::of);
    }

    /** Records a use of a token on its API Token User's {@code recentLogins}, in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordUse(String userId, String clientAddress, Instant at) {
        User user = em.find(User.class, userId);
        if (user != null) {
            user.recordLogin(new LoginRecord(at, clientAddress));
        }
    }
}
