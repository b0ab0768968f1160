package org.assay.platform.query;

import java.util.Locale;

/**
 * LIKE patterns for the case-insensitive string operators. The client's text is matched literally: {@code %},
 * {@code _} and the escape character itself are escaped, and queries must pass {@link #ESCAPE} as the LIKE escape.
 * Patterns are lower-cased here and compared with {@code lower(attribute)}.
 */
public final class LikePatterns {

    public static final char ESCAPE = '\\';

    private LikePatterns() {
    }

    /** Matches values containing the text anywhere. */
    public static String containing(String text) {
        return "%" + literal(text) + "%";
    }

    /** Matches values starting with the text. */
    public static String startingWith(String text) {
        return literal(text) + "%";
    }

    static String literal(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder pattern = new StringBuilder(lower.length() + 8);
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c == '%' || c == '_' || c == ESCAPE) {
                pattern.append(ESCAPE);
            }
            pattern.append(c);
        }
        return pattern.toString();
    }
}
