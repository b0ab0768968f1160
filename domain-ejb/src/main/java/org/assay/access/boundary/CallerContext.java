package org.assay.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.assay.access.control.Permissions;
import org.assay.platform.boundary.AuthenticationFailedException;
import org.assay.platform.entity.UserInfo;
import org.assay.users.entity.User;

/**
 * Who is calling, for the façades: the authentication mechanism names the caller (see {@link CallerIdentity});
 * this bean turns that into the user record (for an API token, its API Token User) once per request.
 */
@RequestScoped
public class CallerContext {

    @Inject
    SecurityContext securityContext;

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    private User user;

    /** The calling user; a caller whose user vanished mid-request is treated as unauthenticated. */
    public User user() {
        if (user == null) {
            Principal principal = securityContext.getCallerPrincipal();
            User found = principal == null ? null : em.find(User.class, CallerIdentity.userIdOf(principal.getName()));
            if (found == null) {
                throw new AuthenticationFailedException("caller principal names no user");
            }
            user = found;
        }
        return user;
    }

    public String userId() {
        return user().getId();
    }

    /** The stamp written into createdUserInfo / lastModifiedUserInfo. */
    public UserInfo info() {
        return new UserInfo(user().getId(), user().displayName());
    }

    /** The API token this request was made with, if it was. */
    public Optional<String> tokenId() {
        Principal principal = securityContext.getCallerPrincipal();
        return principal == null ? Optional.empty() : CallerIdentity.tokenIdOf(principal.getName());
    }

    /** The permissions among {@code wanted} that the caller does not hold. */
    public List<String> missingPermissions(Collection<String> wanted) {
        return wanted.stream().filter(permission -> !hasPermission(permission)).sorted().toList();
    }

    public boolean hasPermission(String permission) {
        return securityContext.isCallerInRole(permission);
    }

    public boolean isAppAdmin() {
        return securityContext.isCallerInRole(Permissions.APP_ADMIN);
    }

    /**
     * Whether the caller sees every object of the installation. App Admins do, and so do API tokens: a token belongs
     * to the installation and is bounded by its permissions, not by object assignments (as in MindBridge).
     */
    public boolean isTenantWide() {
        return isAppAdmin() || user().isServiceAccount();
    }
}
