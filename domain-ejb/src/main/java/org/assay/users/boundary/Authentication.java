package org.assay.users.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import org.assay.access.boundary.AccessToken;
import org.assay.access.boundary.CallerIdentity;
import org.assay.access.boundary.EmbeddedIssuer;
import org.assay.access.control.RolePermissions;
import org.assay.audit.boundary.AuditQueue;
import org.assay.audit.entity.AuditEventType;
import org.assay.platform.boundary.AuthenticationFailedException;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.entity.ObjectIds;
import org.assay.platform.entity.UserInfo;
import org.assay.users.control.OneTimeSecrets;
import org.assay.users.control.PasswordHasher;
import org.assay.users.control.PasswordPolicy;
import org.assay.users.entity.LoginRecord;
import org.assay.users.entity.User;

/**
 * Who may call, asked before anyone is known: password sign-in at the embedded issuer, account activation, and
 * the per-request check that the user behind a JWT still exists and is enabled (so that disabling a user stops
 * the user's next request, whatever tokens it still holds).
 */
@Stateless
@PermitAll
public class Authentication {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    EmbeddedIssuer issuer;

    @Inject
    Clock clock;

    @Inject
    AuditQueue auditQueue;

    /** Checks email and password; on success records the sign-in and answers a signed access token. */
    public AccessToken signIn(String email, String password, String clientAddress) {
        if (!issuer.enabled()) {
            throw new AuthenticationFailedException("embedded sign-in is switched off");
        }
        if (email == null || password == null || password.length() > PasswordPolicy.MAX_LENGTH) {
            throw new AuthenticationFailedException("email or password missing or oversized");
        }
        Optional<User> found = em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", User.normalizeEmail(email)).getResultStream().findFirst();
        char[] secret = password.toCharArray();
        if (found.isEmpty() || found.get().getPasswordHash().isEmpty()) {
            hasher.verifyNothing(secret);
            throw loginFailed(null, "no activated user with email " + User.normalizeEmail(email));
        }
        User user = found.get();
        if (!hasher.verify(secret, user.getPasswordHash().get())) {
            throw loginFailed(user.getId(), "wrong password for user " + user.getId());
        }
        if (!user.isEnabled() || user.isServiceAccount()) {
            throw loginFailed(user.getId(), "user " + user.getId() + " is disabled or a service account");
        }
        user.recordLogin(new LoginRecord(clock.instant(), clientAddress));
        auditQueue.event(AuditEventType.LOGIN_SUCCEEDED, user.getId(), null, null, "signed in as " + user.getEmail());
        String token = issuer.issue(user.getId(), user.getEmail(), RolePermissions.groupsOf(user.getRole()));
        return new AccessToken(token, "Bearer", issuer.lifetime().toSeconds());
    }

    private AuthenticationFailedException loginFailed(String userId, String reason) {
        auditQueue.event(AuditEventType.LOGIN_FAILED, userId, null, null, reason);
        return new AuthenticationFailedException(reason);
    }

    /** The identity of a user named by a JWT issued here ({@code sub} = user id), if it may still call. */
    public Optional<CallerIdentity> identifyById(String userId) {
        User user = ObjectIds.isValid(userId) ? em.find(User.class, userId) : null;
        return identity(user);
    }

    /** The identity of a user named by an external identity provider's JWT (by email), if it may still call. */
    public Optional<CallerIdentity> identifyByEmail(String email) {
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return identity(em.createNamedQuery(User.BY_EMAIL, User.class)
                .setParameter("email", User.normalizeEmail(email)).getResultStream().findFirst().orElse(null));
    }

    /** Sets the password of the user whose one-time activation secret this is; the secret then stops working. */
    public void activate(String activationSecret, String password) {
        PasswordPolicy.violation(password).ifPresent(reason -> {
            throw InvalidInputException.of("password", reason);
        });
        if (activationSecret == null || activationSecret.isBlank()) {
            throw InvalidInputException.of("token", "the activation token is required");
        }
        User user = em.createNamedQuery(User.BY_ACTIVATION_HASH, User.class)
                .setParameter("hash", OneTimeSecrets.hash(activationSecret)).getResultStream().findFirst()
                .filter(u -> u.activationValidAt(clock.instant()))
                .orElseThrow(() -> InvalidInputException.of("token", "the activation link is unknown, used or expired"));
        user.activate(hasher.hash(password.toCharArray()));
        user.stampModified(new UserInfo(user.getId(), user.displayName()), clock.instant());
    }

    private static Optional<CallerIdentity> identity(User user) {
        if (user == null || !user.isEnabled() || user.isServiceAccount()) {
            return Optional.empty();
        }
        return Optional.of(CallerIdentity.ofUser(user.getId(), RolePermissions.groupsOf(user.getRole())));
    }
}
