package org.assay.webhooks.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import org.assay.platform.entity.AuditedEntity;

/**
 * A webhook subscription ({@code ApiWebhookRead}): where to POST which events, and the Ed25519 key pair its
 * deliveries are signed with. The public key is shown to everybody who may read the webhook; the private key is
 * kept only encrypted under a server key (see the domain's key vault) and never leaves the domain layer.
 */
@Entity
@Table(name = "webhook")
@NamedQuery(name = Webhook.ACTIVE_FOR_EVENT, query = "select w from Webhook w join w.events e "
        + "where w.status = org.assay.webhooks.entity.Webhook.Status.ACTIVE and e = :event order by w.id")
public class Webhook extends AuditedEntity {

    public static final String ACTIVE_FOR_EVENT = "Webhook.activeForEvent";
    public static final int NAME_MAX = 80;
    public static final int URL_MAX = 2048;

    /** The reference's webhook {@code status}. */
    public enum Status {
        ACTIVE, INACTIVE
    }

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(nullable = false, length = URL_MAX)
    private String url;

    @Column(nullable = false, length = 24)
    private String technicalContactId;

    /** Names of the subscription event enum ({@code ENGAGEMENT_CREATED}, …). */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_event", joinColumns = @JoinColumn(name = "webhook_id"))
    @Column(name = "event", length = 40, nullable = false)
    private Set<String> events = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Status status = Status.ACTIVE;

    /** {@code whpk_} + Base64 of the raw 32-byte Ed25519 public key. */
    @Column(nullable = false, length = 60)
    private String publicKey;

    @Column(nullable = false)
    private Instant keyGenerationTimestamp;

    /** The PKCS#8 private key, encrypted under the server's webhook key; never shown. */
    @Column(nullable = false, length = 400)
    private String encryptedPrivateKey;

    protected Webhook() {
    }

    public Webhook(String name, String url, String technicalContactId, Collection<String> events, Status status) {
        configure(name, url, technicalContactId, events, status);
    }

    /** Replaces everything a create or update sets. */
    public void configure(String newName, String newUrl, String newTechnicalContactId, Collection<String> newEvents,
            Status newStatus) {
        this.name = newName.trim();
        this.url = newUrl.trim();
        this.technicalContactId = Objects.requireNonNull(newTechnicalContactId);
        this.events.clear();
        this.events.addAll(newEvents);
        this.status = newStatus == null ? Status.ACTIVE : newStatus;
    }

    /** Gives the webhook a (new) key pair. */
    public void keys(String newPublicKey, String newEncryptedPrivateKey, Instant generatedAt) {
        this.publicKey = Objects.requireNonNull(newPublicKey);
        this.encryptedPrivateKey = Objects.requireNonNull(newEncryptedPrivateKey);
        this.keyGenerationTimestamp = Objects.requireNonNull(generatedAt);
    }

    public String getName() {
        return name;
    }

    public String getUrl() {
        return url;
    }

    public String getTechnicalContactId() {
        return technicalContactId;
    }

    public Set<String> getEvents() {
        return Collections.unmodifiableSet(events);
    }

    public Status getStatus() {
        return status;
    }

    public String getPublicKey() {
        return publicKey;
    }

    public Instant getKeyGenerationTimestamp() {
        return keyGenerationTimestamp;
    }

    public String getEncryptedPrivateKey() {
        return encryptedPrivateKey;
    }
}
