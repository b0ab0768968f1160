package org.assay.tokens.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assay.access.control.KeyFiles;
import org.assay.tokens.control.TokenHasher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Token look-ups for authentication, cached in memory so that a request costs no database round trip. A change
 * to a token (disable, delete, renew, rename) evicts its entry on this node at once and again after the change
 * commits, so revocation is immediate here; other nodes of a cluster see it when their entry ages out
 * ({@code assay.tokens.cache-ttl}). Last use is written at most once per {@code assay.tokens.last-use-interval}.
 */
@ApplicationScoped
public class TokenRegistry {

    private static final Logger LOG = Logger.getLogger(TokenRegistry.class.getName());

    @Inject
    TokenLookup lookup;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.tokens.cache-ttl", defaultValue = "PT10S")
    Duration cacheTtl;

    @Inject
    @ConfigProperty(name = "assay.tokens.last-use-interval", defaultValue = "PT1M")
    Duration lastUseInterval;

    @Inject
    @ConfigProperty(name = "assay.tokens.hmac-key")
    Optional<String> configuredKey;

    @Inject
    @ConfigProperty(name = "assay.auth.key-dir")
    Optional<String> keyDirectory;

    private TokenHasher hasher;
    private final Map<String, Cached> bySecretHash = new ConcurrentHashMap<>();
    private final Map<String, String> secretHashById = new ConcurrentHashMap<>();
    /** Counts evictions, so that a look-up overlapping one does not cache what it read. */
    private final AtomicLong evictions = new AtomicLong();
    private final Map<String, Instant> lastUseWritten = new ConcurrentHashMap<>();

    private record Cached(TokenSnapshot snapshot, Instant loadedAt) {
    }

    @PostConstruct
    void loadKey() {
        hasher = TokenHasher.fromConfigOrDirectory(configuredKey.orElse(null), KeyFiles.directory(keyDirectory));
    }

    public String hash(String secret) {
        return hasher.hash(secret);
    }

    /** The token with this secret hash, from the cache when fresh. */
    public Optional<TokenSnapshot> find(String secretHash) {
        Instant now = clock.instant();
        Cached cached = bySecretHash.get(secretHash);
        if (cached != null && now.isBefore(cached.loadedAt().plus(cacheTtl))) {
            return Optional.of(cached.snapshot());
        }
        long generationBefore = evictions.get();
        Optional<TokenSnapshot> loaded = lookup.bySecretHash(secretHash);
        loaded.ifPresentOrElse(snapshot -> {
            secretHashById.put(snapshot.tokenId(), secretHash);
            bySecretHash.put(secretHash, new Cached(snapshot, now));
            // a change that evicted meanwhile may have committed after this read: keep nothing possibly stale
            if (evictions.get() != generationBefore) {
                bySecretHash.remove(secretHash);
            }
        }, () -> bySecretHash.remove(secretHash));
        return loaded;
    }

    /** The token as last loaded for authentication, if that is fresh; the façade reads the database otherwise. */
    public Optional<TokenSnapshot> cached(String tokenId) {
        String hash = secretHashById.get(tokenId);
        Cached cached = hash == null ? null : bySecretHash.get(hash);
        return cached != null && clock.instant().isBefore(cached.loadedAt().plus(cacheTtl))
                ? Optional.of(cached.snapshot()) : Optional.empty();
    }

    /** Forgets a token, so that its next use reads the database. */
    public void evict(String tokenId) {
        evictions.incrementAndGet();
        String hash = secretHashById.remove(tokenId);
        if (hash != null) {
            bySecretHash.remove(hash);
        }
    }

    /** Notes a successful use; writes it to the API Token User only if the last write is old enough. */
    public void noteUse(TokenSnapshot token, String clientAddress) {
        Instant now = clock.instant();
        boolean[] due = {false};
        lastUseWritten.compute(token.tokenId(), (id, last) -> {
            if (last == null || !now.isBefore(last.plus(lastUseInterval))) {
                due[0] = true;
                return now;
            }
            return last;
        });
        if (due[0]) {
            try {
                lookup.recordUse(token.userId(), clientAddress, now);
            } catch (RuntimeException e) {
                // last-use bookkeeping must never fail the request it describes
                LOG.log(Level.WARNING, "Could not record the use of API token " + token.tokenId(), e);
            }
        }
    }
}
