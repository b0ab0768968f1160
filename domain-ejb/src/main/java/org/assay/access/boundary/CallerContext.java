package org.assay.access.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.SecurityContext;
import java.security.Principal;
import org.assay.access.control.Permissions;
import org.assay.platform.boundary.AuthenticationFailedException;
import org.assay.platform.entity.UserInfo;
import org.assay.users.entity.User;

/**
 * Who is calling, for the façades: the authentication mechanism names the caller by user id (for an API token,
 * its API Token User), this bean turns that into the user record once per request.
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
            User found = principal == null ? null : em.find(User.class, principal.getName());
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
