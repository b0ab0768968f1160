package org.assay.users.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.assay.platform.entity.AuditedEntity;

/**
 * A person who signs in, or the API Token User behind an API token ({@code serviceAccount}). The password and the
 * pending activation secret are stored only as hashes and never leave the domain layer.
 */
@Entity
@Table(name = "assay_user", uniqueConstraints = @UniqueConstraint(name = "uk_user_email", columnNames = "email"))
@NamedQuery(name = User.BY_EMAIL, query = "select u from User u where u.email = :email")
@NamedQuery(name = User.BY_ACTIVATION_HASH, query = "select u from User u where u.activationHash = :hash")
@NamedQuery(name = User.COUNT_ENABLED_HUMAN_ADMINS, query = "select count(u) from User u"
        + " where u.role = org.assay.users.entity.Role.ROLE_ADMIN and u.enabled = true and u.validated = true"
        + " and u.serviceAccount = false")
public class User extends AuditedEntity {

    public static final String BY_EMAIL = "User.byEmail";
    public static final String BY_ACTIVATION_HASH = "User.byActivationHash";
    public static final String COUNT_ENABLED_HUMAN_ADMINS = "User.countEnabledHumanAdmins";

    /** How many recent sign-ins are kept per user. */
    public static final int RECENT_LOGINS_KEPT = 10;

    @Column(nullable = false, length = 320)
    private String email;

    @Column(length = 100)
    private String firstName;

    @Column(length = 100)
    private String lastName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    private boolean enabled = true;

    private boolean validated;

    private boolean serviceAccount;

    @Column(length = 200)
    private String passwordHash;

    @Column(length = 64)
    private String activationHash;

    private Instant activationExpiry;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "assay_user_login", joinColumns = @JoinColumn(name = "user_id"))
    @OrderColumn(name = "position")
    private List<LoginRecord> recentLogins = new ArrayList<>();

    protected User() {
    }

    public User(String email, Role role) {
        this.email = normalizeEmail(email);
        this.role = role;
    }

    /** Emails compare case-insensitively; they are kept in lower case. */
    public static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    /** The name shown in audit stamps: {@code (API) <token name>} for an API Token User, else the full name or email. */
    public String displayName() {
        if (serviceAccount) {
            return "(API) " + (firstName == null ? email : firstName);
        }
        String full = ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
        return full.isEmpty() ? email : full;
    }

    public void startActivation(String secretHash, Instant expiry) {
        this.activationHash = secretHash;
        this.activationExpiry = expiry;
    }

    public boolean activationValidAt(Instant now) {
        return activationHash != null && activationExpiry != null && now.isBefore(activationExpiry);
    }

    /** Sets the password (as a hash) and ends the activation: the link is one-time. */
    public void activate(String newPasswordHash) {
        this.passwordHash = newPasswordHash;
        this.activationHash = null;
        this.activationExpiry = null;
        this.validated = true;
    }

    public void recordLogin(LoginRecord login) {
        recentLogins.add(0, login);
        while (recentLogins.size() > RECENT_LOGINS_KEPT) {
            recentLogins.remove(recentLogins.size() - 1);
        }
    }

    public String getEmail() {
        return email;
    }

    public String getFirstName() {
        return firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setNames(String firstName, String lastName) {
        this.firstName = firstName;
        this.lastName = lastName;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public boolean isValidated() {
        return validated;
    }

    public boolean isServiceAccount() {
        return serviceAccount;
    }

    public void markServiceAccount() {
        this.serviceAccount = true;
        this.validated = true;
    }

    public Optional<String> getPasswordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public List<LoginRecord> getRecentLogins() {
        return Collections.unmodifiableList(recentLogins);
    }
}
