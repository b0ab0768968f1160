package org.assay.users.control;

import java.util.regex.Pattern;

/** A deliberately plain check of an email address: one {@code @}, a dotted domain, no blanks, at most 320 chars. */
public final class EmailAddresses {

    public static final int MAX_LENGTH = 320;
    private static final Pattern SHAPE = Pattern.compile("[^@\\s]{1,64}@[^@\\s.]+(\\.[^@\\s.]+)+");

    private EmailAddresses() {
    }

    public static boolean isValid(String email) {
        return email != null && email.length() <= MAX_LENGTH && SHAPE.matcher(email.trim()).matches();
    }
}
