package org.assay.tokens.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.assay.platform.entity.AuditedEntity;

/**
 * An API token: a bearer secret (stored only as a keyed hash) with its permissions, expiry and allowed addresses,
 * acting as its API Token User. A token is <em>usable</em> until it expires, is disabled, is deleted, or reaches the
 * end a renewal gave it. Deleted tokens stay as rows, invisible to the API, so that a late use of one can still
 * be recognised and reported as such.
 * <p>
 * {@code liveNameKey} carries the normalised name while the token is live (not deleted, disabled or replaced by a
 * renewal) and is null otherwise; its unique constraint keeps live names unique even under concurrent creates.
 */
@Entity
@Table(name = "api_token",
        uniqueConstraints = {
            @UniqueConstraint(name = "uk_api_token_secret", columnNames = "secret_hash"),
            @UniqueConstraint(name = "uk_api_token_live_name", columnNames = "live_name_key")},
        indexes = @Index(name = "ix_api_token_user", columnList = "user_id"))
@NamedQuery(name = ApiToken.BY_SECRET_HASH, query = "select t from ApiToken t where t.secretHash = :hash")
@NamedQuery(name = ApiToken.BY_LIVE_NAME, query = "select t from ApiToken t where t.liveNameKey = :nameKey")
@NamedQuery(name = ApiToken.COUNT_UNDELETED_FOR_USER,
        query = "select count(t) from ApiToken t where t.userId = :userId and t.deletedAt is null")
public class ApiToken extends AuditedEntity {

    public static final String BY_SECRET_HASH = "ApiToken.bySecretHash";
    public static final String BY_LIVE_NAME = "ApiToken.byLiveName";
    public static final String COUNT_UNDELETED_FOR_USER = "ApiToken.countUndeletedForUser";
    public static final int NAME_MAX = 80;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "live_name_key", length = NAME_MAX)
    private String liveNameKey;

    @Column(name = "secret_hash", nullable = false, length = 64)
    private String secretHash;

    @Column(nullable = false, length = 40)
    private String partialToken;

    @Column(nullable = false)
    private Instant expiry;

    @Column(name = "user_id", nullable = false, length = 24)
    private String userId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_permission", joinColumns = @JoinColumn(name = "token_id"))
    @Column(name = "permission", length = 64)
    private Set<String> permissions = new TreeSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "api_token_address", joinColumns = @JoinColumn(name = "token_id"))
    @OrderColumn(name = "position")
    @Column(name = "address", length = 64)
    private List<String> allowedAddresses = new ArrayList<>();

    private Instant disabledAt;

    private Instant deletedAt;

    /** When a renewal set an end for this token (at once or after a grace period). */
    private Instant endsAt;

    @Column(length = 24)
    private String renewedFromId;

    @Column(length = 24)
    private String renewedToId;

    protected ApiToken() {
    }

    public ApiToken(String name, String secretHash, String partialToken, Instant expiry, String userId,
            Collection<String> permissions, Collection<String> allowedAddresses) {
        this.name = name.trim();
        this.liveNameKey = nameKey(name);
        this.secretHash = secretHash;
        this.partialToken = partialToken;
        this.expiry = storable(expiry);
        this.userId = userId;
        this.permissions.addAll(permissions);
        this.allowedAddresses.addAll(allowedAddresses);
    }

    /** Instants as the database keeps them (microseconds), so that an answer equals every later read. */
    private static Instant storable(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    public static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    /** Renames; only a token that still holds its name (see {@link #releaseName()}) holds the new one. */
    public void rename(String newName) {
        this.name = newName.trim();
        if (liveNameKey != null) {
            this.liveNameKey = nameKey(newName);
        }
    }

    /** Whether the token still counts for name uniqueness: not deleted, disabled or replaced. */
    public boolean isLive() {
        return deletedAt == null && disabledAt == null && renewedToId == null;
    }

    /** Whether the secret may be used at {@code now}. */
    public boolean usableAt(Instant now) {
        return deletedAt == null && disabledAt == null && now.isBefore(effectiveEnd());
    }

    /** The moment the token stops working by itself: its expiry, or an earlier end set by a renewal. */
    public Instant effectiveEnd() {
        return endsAt != null && endsAt.isBefore(expiry) ? endsAt : expiry;
    }

    /** An expired token no longer holds its name: a new token may take it. */
    public void releaseName() {
        liveNameKey = null;
    }

    public void disable(Instant at) {
        if (disabledAt == null) {
            disabledAt = at;
        }
        liveNameKey = null;
    }

    public void markDeleted(Instant at) {
        deletedAt = at;
        liveNameKey = null;
    }

    /** Records its successor and when this token ends (now, or after a grace period). */
    public void replaceBy(String successorId, Instant end) {
        renewedToId = successorId;
        endsAt = endsAt == null || end.isBefore(endsAt) ? storable(end) : endsAt;
        liveNameKey = null;
    }

    public void markRenewalOf(String predecessorId) {
        this.renewedFromId = predecessorId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public String getPartialToken() {
        return partialToken;
    }

    public Instant getExpiry() {
        return expiry;
    }

    public String getUserId() {
        return userId;
    }

    public Set<String> getPermissions() {
        return Collections.unmodifiableSet(permissions);
    }

    public List<String> getAllowedAddresses() {
        return Collections.unmodifiableList(allowedAddresses);
    }

    public Optional<Instant> getDisabledAt() {
        return Optional.ofNullable(disabledAt);
    }

    public Optional<Instant> getDeletedAt() {
        return Optional.ofNullable(deletedAt);
    }

    public Optional<Instant> getEndsAt() {
        return Optional.ofNullable(endsAt);
    }

    public Optional<String> getRenewedFromId() {
        return Optional.ofNullable(renewedFromId);
    }

    public Optional<String> getRenewedToId() {
        return Optional.ofNullable(renewedToId);
    }
}
