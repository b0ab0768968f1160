package org.assay.users.boundary;

import static org.assay.access.control.Permissions.USERS_DELETE;
import static org.assay.access.control.Permissions.USERS_READ;
import static org.assay.access.control.Permissions.USERS_WRITE;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.assay.access.boundary.CallerContext;
import org.assay.access.control.RolePermissions;
import org.assay.audit.boundary.AuditQueue;
import org.assay.audit.entity.AuditEventType;
import org.assay.organizations.entity.Organization;
import org.assay.platform.boundary.DuplicateValueException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.PermissionDeniedException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.users.control.EmailAddresses;
import org.assay.users.control.OneTimeSecrets;
import org.assay.users.entity.Role;
import org.assay.users.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;

/**
 * The user directory. Only App Admins may hand out or take away App Admin rights; API Token Users change only
 * through their token; the last enabled App Admin cannot be disabled, demoted or deleted.
 */
@Stateless
public class UserFacade {

    static final String ENTITY = "USER";

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("email", "email")
            .string("firstName", "firstName")
            .string("lastName", "lastName")
            .enumeration("role", "role", Role.class)
            .bool("enabled", "enabled")
            .bool("validated", "validated")
            .bool("serviceAccount", "serviceAccount")
            .dateTime("creationDate", "creationDate")
            .dateTime("lastModifiedDate", "lastModifiedDate")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    CallerContext caller;

    @Inject
    WebhookEvents webhooks;

    @Inject
    Clock clock;

    @Inject
    AuditQueue auditQueue;

    @Inject
    @ConfigProperty(name = "assay.users.activation-validity", defaultValue = "P7D")
    Duration activationValidity;

    @RolesAllowed(USERS_WRITE)
    public UserInvitation create(UserCreate request) {
        List<Problem> problems = new ArrayList<>();
        if (!EmailAddresses.isValid(request.email())) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "email", "a valid email address is required"));
        }
        if (request.role() == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "role", "role is required"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        requireCanGrant(request.role());
        String email = User.normalizeEmail(request.email());
        if (!store.em().createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", email).getResultList().isEmpty()) {
            throw duplicateEmail(email);
        }
        User user = store.create(new User(email, request.role()));
        String secret = OneTimeSecrets.newSecret();
        user.startActivation(OneTimeSecrets.hash(secret), clock.instant().plus(activationValidity));
        store.flush(() -> duplicateEmail(email));
        webhooks.publish(WebhookEvent.of(WebhookEventType.USER_INVITED, caller.userId(),
                "role", user.getRole().name(), "targetUserId", user.getId()));
        auditQueue.event(AuditEventType.USER_CREATED, caller.userId(), caller.tokenId().orElse(null), null,
                "user " + user.getId() + " (" + email + ") invited as " + user.getRole());
        return new UserInvitation(UserRead.of(user), secret);
    }

    @RolesAllowed(USERS_READ)
    public UserRead get(String id) {
        return UserRead.of(find(id));
    }

    /** The caller itself: for a token, its API Token User. */
    @PermitAll
    public UserRead current() {
        return UserRead.of(caller.user());
    }

    @RolesAllowed(USERS_READ)
    public Page<UserRead> query(QueryRequest request) {
        return queries.page(User.class, FIELDS, request, null).map(UserRead::of);
    }

    @RolesAllowed(USERS_WRITE)
    public UserRead update(String id, UserUpdate request) {
        User user = find(id);
        store.checkVersion(user, ENTITY, request.version());
        refuseServiceAccount(user, "changed");
        Role newRole = request.role() == null ? user.getRole() : request.role();
        boolean newEnabled = request.enabled() == null ? user.isEnabled() : request.enabled();
        requireCanGrant(user.getRole());
        requireCanGrant(newRole);
        boolean self = user.getId().equals(caller.userId());
        if (self && (newRole != user.getRole() || newEnabled != user.isEnabled())) {
            throw new PermissionDeniedException("you cannot change your own role or disable yourself");
        }
        boolean losesAdmin = user.getRole() == Role.ROLE_ADMIN && user.isEnabled()
                && (newRole != Role.ROLE_ADMIN || !newEnabled);
        if (losesAdmin) {
            refuseLastAdmin(user, "disabled or given another role");
        }
        if (newRole != user.getRole()) {
            auditQueue.event(AuditEventType.USER_ROLE_CHANGED, caller.userId(), caller.tokenId().orElse(null), null,
                    "user " + user.getId() + " (" + user.getEmail() + "): " + user.getRole() + " -> " + newRole);
        }
        if (newEnabled != user.isEnabled()) {
            auditQueue.event(AuditEventType.USER_ENABLED_CHANGED, caller.userId(), caller.tokenId().orElse(null), null,
                    "user " + user.getId() + " (" + user.getEmail() + ") " + (newEnabled ? "enabled" : "disabled"));
        }
        boolean roleChanged = newRole != user.getRole();
        boolean enabledChanged = newEnabled != user.isEnabled();
        user.setRole(newRole);
        user.setEnabled(newEnabled);
        store.modified(user);
        if (roleChanged) {
            webhooks.publish(WebhookEvent.of(WebhookEventType.USER_ROLE_UPDATED, caller.userId(),
                    "role", newRole.name(), "targetUserId", user.getId()));
        }
        if (enabledChanged) {
            webhooks.publish(WebhookEvent.of(WebhookEventType.USER_STATUS_UPDATED, caller.userId(),
                    "targetUserId", user.getId(), "status", newEnabled ? "ENABLED" : "DISABLED"));
        }
        return UserRead.of(user);
    }

    @RolesAllowed(USERS_DELETE)
    public void delete(String id) {
        User user = find(id);
        refuseServiceAccount(user, "deleted");
        if (user.getId().equals(caller.userId())) {
            throw new InvalidStateException(ProblemType.CANNOT_DELETE, ENTITY, id, "id", "you cannot delete yourself");
        }
        requireCanGrant(user.getRole());
        if (user.getRole() == Role.ROLE_ADMIN && user.isEnabled()) {
            refuseLastAdmin(user, "deleted");
        }
        // a deleted user manages nothing any more: no organization keeps a dangling manager id
        store.em().createNamedQuery(Organization.MANAGED_BY, Organization.class).setParameter("userId", user.getId())
                .getResultList().forEach(organization -> {
                    organization.removeManager(user.getId());
                    store.modified(organization);
                });
        store.delete(user);
        webhooks.publish(WebhookEvent.of(WebhookEventType.USER_DELETED, caller.userId(), "targetUserId", user.getId()));
        auditQueue.event(AuditEventType.USER_DELETED, caller.userId(), caller.tokenId().orElse(null), null,
                "user " + user.getId() + " (" + user.getEmail() + ") deleted");
    }

    /** A new one-time activation secret for a user who has not activated yet; the previous link stops working. */
    @RolesAllowed(USERS_WRITE)
    public UserInvitation resendActivationLink(String id) {
        User user = find(id);
        refuseServiceAccount(user, "activated");
        requireCanGrant(user.getRole()); // a new link hands the account over: only to who could have made it
        if (user.isValidated()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "validated",
                    "the user has already activated the account");
        }
        String secret = OneTimeSecrets.newSecret();
        user.startActivation(OneTimeSecrets.hash(secret), clock.instant().plus(activationValidity));
        store.modified(user);
        return new UserInvitation(UserRead.of(user), secret);
    }

    private User find(String id) {
        return store.find(User.class, ENTITY, id);
    }

    /**
     * Nobody hands out more than they hold: creating, changing, re-inviting or deleting a user of a role needs every
     * permission that role carries (App Admins' {@code app-admin} included, so only App Admins manage App Admins).
     */
    private void requireCanGrant(Role role) {
        List<String> missing = caller.missingPermissions(RolePermissions.groupsOf(role));
        if (!missing.isEmpty()) {
            throw new PermissionDeniedException("you may not manage " + role + " users: it carries permissions you do not"
                    + " hold (" + String.join(", ", missing.subList(0, Math.min(5, missing.size())))
                    + (missing.size() > 5 ? ", …" : "") + ")");
        }
    }

    private static void refuseServiceAccount(User user, String verb) {
        if (user.isServiceAccount()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, user.getId(), "serviceAccount",
                    "an API Token User cannot be " + verb + " directly: manage its API token instead");
        }
    }

    private void refuseLastAdmin(User user, String verb) {
        long admins = store.em().createNamedQuery(User.COUNT_ENABLED_HUMAN_ADMINS, Long.class).getSingleResult();
        if (admins <= 1) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, user.getId(), "role",
                    "the last enabled App Admin cannot be " + verb);
        }
    }

    private static DuplicateValueException duplicateEmail(String email) {
        return new DuplicateValueException(ENTITY, "email", email, ProblemType.USER_EMAIL_ALREADY_EXISTS);
    }
}
