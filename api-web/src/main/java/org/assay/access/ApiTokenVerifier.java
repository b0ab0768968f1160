package org.assay.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.assay.access.boundary.CallerIdentity;
import org.assay.tokens.boundary.TokenRegistry;
import org.assay.tokens.boundary.TokenSnapshot;
import org.assay.tokens.control.TokenHasher;
import org.assay.tokens.control.TokenSecrets;

/**
 * Verifies opaque API tokens ({@code assay_…}): checksum first (no database work for garbage), then the keyed hash
 * looked up through the {@link TokenRegistry}, then state, expiry and allowed addresses. The caller's groups are
 * exactly the token's permissions; it acts as the token's API Token User.
 */
@ApplicationScoped
public class ApiTokenVerifier implements CredentialVerifier {

    @Inject
    TokenRegistry registry;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    Clock clock;

    @Override
    public boolean recognises(String credential) {
        return credential.startsWith(TokenSecrets.PREFIX);
    }

    @Override
    public Verification verify(String secret, HttpServletRequest request) {
        if (!TokenSecrets.isWellFormed(secret)) {
            return Verification.refused("malformed API token (length or checksum)");
        }
        String hash = registry.hash(secret);
        Optional<TokenSnapshot> found = registry.find(hash);
        if (found.isEmpty() || !TokenHasher.sameHash(found.get().secretHash(), hash)) {
            return Verification.refused("unknown API token " + TokenSecrets.partial(secret));
        }
        TokenSnapshot token = found.get();
        Instant now = clock.instant();
        String client = clientAddresses.of(request);
        Optional<String> refusal = token.refusal(now, client);
        if (refusal.isPresent()) {
            return Verification.refused(refusal.get());
        }
        registry.noteUse(token, client);
        return Verification.of(CallerIdentity.ofToken(token.userId(), token.tokenId(), token.permissions()))
                .expiring(token.end());
    }
}
