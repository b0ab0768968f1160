package org.assay.platform.entity;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * The shape every API entity shares (api-reference §4.2–4.3): a 24-hex id, an optimistic-lock {@code version}
 * and the four audit fields. The stamps are set by the façade that owns the transaction (it knows the caller);
 * {@link #checkStamped()} refuses to persist an entity that nobody stamped, so a forgotten stamp fails loudly.
 */
@MappedSuperclass
public abstract class AuditedEntity {

    @Id
    @Column(length = 24, nullable = false, updatable = false)
    private String id = ObjectIds.next();

    @Version
    @Column(nullable = false)
    private long version;

    @Column(nullable = false, updatable = false)
    private Instant creationDate;

    @Column(nullable = false)
    private Instant lastModifiedDate;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "userId", column = @Column(name = "created_user_id", length = 24, updatable = false)),
        @AttributeOverride(name = "userName", column = @Column(name = "created_user_name", length = 320, updatable = false))
    })
    private UserInfo createdUserInfo;

    @Embedded
    @AttributeOverrides({
        @AttributeOverride(name = "userId", column = @Column(name = "modified_user_id", length = 24)),
        @AttributeOverride(name = "userName", column = @Column(name = "modified_user_name", length = 320))
    })
    private UserInfo lastModifiedUserInfo;

    protected AuditedEntity() {
    }

    /** For seeded entities whose ids the reference fixes (the official client hard-codes them). */
    protected AuditedEntity(String fixedId) {
        if (!ObjectIds.isValid(fixedId)) {
            throw new IllegalArgumentException("not an id: " + fixedId);
        }
        this.id = fixedId;
    }

    /** Records who created this entity and when; also counts as its first modification. */
    public void stampCreated(UserInfo by, Instant at) {
        this.creationDate = Objects.requireNonNull(at);
        this.createdUserInfo = Objects.requireNonNull(by);
        stampModified(by, at);
    }

    /** Records who changed this entity last and when. */
    public void stampModified(UserInfo by, Instant at) {
        this.lastModifiedDate = Objects.requireNonNull(at);
        this.lastModifiedUserInfo = Objects.requireNonNull(by);
    }

    @PrePersist
    void checkStamped() {
        if (creationDate == null || createdUserInfo == null) {
            throw new IllegalStateException(getClass().getSimpleName() + " " + id + " persisted without audit stamp");
        }
    }

    public String getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Instant getCreationDate() {
        return creationDate;
    }

    public Instant getLastModifiedDate() {
        return lastModifiedDate;
    }

    public UserInfo getCreatedUserInfo() {
        return createdUserInfo;
    }

    public UserInfo getLastModifiedUserInfo() {
        return lastModifiedUserInfo;
    }
}
