package org.assay.users.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.assay.platform.entity.UserInfo;
import org.assay.users.control.PasswordHasher;
import org.assay.users.control.PasswordPolicy;
import org.assay.users.entity.Role;
import org.assay.users.entity.User;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes sure a fresh installation can be administered: when no App Admin exists, creates one with the configured
 * email and password, or with a generated password that is printed to the server log this once.
 */
@Singleton
@Startup
public class FirstAdmin {

    /** The author of what the installation does by itself. */
    public static final UserInfo SYSTEM = new UserInfo("000000000000000000000000", "Assay");

    private static final Logger LOG = Logger.getLogger(FirstAdmin.class.getName());
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    PasswordHasher hasher;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "assay.admin.email", defaultValue = "admin@assay.local")
    String email;

    @Inject
    @ConfigProperty(name = "assay.admin.password")
    Optional<String> configuredPassword;

    @PostConstruct
    void ensureAnAdminExists() {
        long admins = em.createNamedQuery(User.COUNT_ENABLED_HUMAN_ADMINS, Long.class).getSingleResult();
        if (admins > 0) {
            return;
        }
        String password = configuredPassword.filter(p -> !p.isBlank()).orElseGet(FirstAdmin::generatePassword);
        PasswordPolicy.violation(password).ifPresent(reason -> {
            throw new IllegalStateException("assay.admin.password is not acceptable: " + reason);
        });
        User admin = em.createNamedQuery(User.BY_EMAIL, User.class).setParameter("email", User.normalizeEmail(email))
                .getResultStream().findFirst().orElse(null);
        if (admin == null) {
            admin = new User(email, Role.ROLE_ADMIN);
            admin.stampCreated(SYSTEM, clock.instant());
            em.persist(admin);
        } else {
            admin.setRole(Role.ROLE_ADMIN);
            admin.setEnabled(true);
            admin.stampModified(SYSTEM, clock.instant());
        }
        admin.activate(hasher.hash(password.toCharArray()));
        if (configuredPassword.isPresent()) {
            LOG.info(() -> "Created the first App Admin " + email + " with the configured password");
        } else {
            LOG.warning("Created the first App Admin " + email + " with the generated password " + password
                    + " (shown this once; set assay.admin.password to choose it)");
        }
    }

    private static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return password.toString();
    }
}
