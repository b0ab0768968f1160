package org.assay.users.control;

import java.util.Optional;

/** What a password must be: long enough to resist guessing (NIST SP 800-63B), short enough to hash cheaply. */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;

    private PasswordPolicy() {
    }

    /** Why the password is unacceptable, or empty when it is fine. */
    public static Optional<String> violation(String password) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password is required");
        }
        int length = password.codePointCount(0, password.length());
        if (length < MIN_LENGTH) {
            return Optional.of("password must have at least " + MIN_LENGTH + " characters");
        }
        if (length > MAX_LENGTH) {
            return Optional.of("password must have at most " + MAX_LENGTH + " characters");
        }
        if (password.isBlank()) {
            return Optional.of("password must not be blank");
        }
        return Optional.empty();
    }
}
