package org.assay.tokens.control;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.zip.CRC32;

/**
 * The shape of API token secrets, after GitHub's: {@code assay_} + 30 Base62 characters from the CSPRNG (178 bits)
 * + a 6-character Base62 CRC32 of the random part. The prefix makes leaked secrets easy to recognise (secret
 * scanners); the checksum lets a mistyped or invented token be refused without a database lookup.
 */
public final class TokenSecrets {

    public static final String PREFIX = "assay_";
    static final int RANDOM_CHARS = 30;
    static final int CHECKSUM_CHARS = 6;
    public static final int LENGTH = PREFIX.length() + RANDOM_CHARS + CHECKSUM_CHARS;

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final SecureRandom RANDOM = new SecureRandom();

    private TokenSecrets() {
    }

    public static String newSecret() {
        StringBuilder secret = new StringBuilder(LENGTH).append(PREFIX);
        for (int i = 0; i < RANDOM_CHARS; i++) {
            secret.append(BASE62.charAt(RANDOM.nextInt(BASE62.length())));
        }
        return secret.append(checksum(secret.substring(PREFIX.length()))).toString();
    }

    /** Whether the text has the shape of a secret with a correct checksum (it may still be unknown). */
    public static boolean isWellFormed(String candidate) {
        if (candidate == null || candidate.length() != LENGTH || !candidate.startsWith(PREFIX)) {
            return false;
        }
        for (int i = PREFIX.length(); i < LENGTH; i++) {
            if (BASE62.indexOf(candidate.charAt(i)) < 0) {
                return false;
            }
        }
        String random = candidate.substring(PREFIX.length(), PREFIX.length() + RANDOM_CHARS);
        return checksum(random).equals(candidate.substring(PREFIX.length() + RANDOM_CHARS));
    }

    /** What may be shown of a secret: the prefix and the last four characters. */
    public static String partial(String secret) {
        return PREFIX + "..." + secret.substring(secret.length() - 4);
    }

    static String checksum(String random) {
        CRC32 crc = new CRC32();
        crc.update(random.getBytes(StandardCharsets.US_ASCII));
        long value = crc.getValue();
        char[] digits = new char[CHECKSUM_CHARS];
        for (int i = CHECKSUM_CHARS - 1; i >= 0; i--) {
            digits[i] = BASE62.charAt((int) (value % 62));
            value /= 62;
        }
        return new String(digits);
    }
}
