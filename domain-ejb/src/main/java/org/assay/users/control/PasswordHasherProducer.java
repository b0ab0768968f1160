package org.assay.users.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The password hasher with the configured work factor. */
@ApplicationScoped
public class PasswordHasherProducer {

    @Inject
    @ConfigProperty(name = "assay.password.pbkdf2-iterations", defaultValue = "" + PasswordHasher.DEFAULT_ITERATIONS)
    int iterations;

    @Produces
    PasswordHasher passwordHasher() {
        return new PasswordHasher(iterations);
    }
}
