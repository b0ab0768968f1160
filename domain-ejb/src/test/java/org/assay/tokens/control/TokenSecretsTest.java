package org.assay.tokens.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretsTest {

    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final int RANDOM_START = TokenSecrets.PREFIX.length();
    private static final int CHECKSUM_START = RANDOM_START + TokenSecrets.RANDOM_CHARS;

    /** A well-formed secret built from a chosen random part, to probe one property at a time. */
    private static String secretWith(String random) {
        return TokenSecrets.PREFIX + random + TokenSecrets.checksum(random);
    }

    /** The text with the character at {@code index} replaced by another Base62 character. */
    private static String changedAt(String text, int index) {
        char old = text.charAt(index);
        char replacement = BASE62.charAt((BASE62.indexOf(old) + 1) % BASE62.length());
        return text.substring(0, index) + replacement + text.substring(index + 1);
    }

    @Test
    void lengthIsPrefixThirtyRandomAndSixChecksumCharacters() {
        assertEquals("assay_", TokenSecrets.PREFIX);
        assertEquals(30, TokenSecrets.RANDOM_CHARS);
        assertEquals(6, TokenSecrets.CHECKSUM_CHARS);
        assertEquals(42, TokenSecrets.LENGTH);
    }

    @Test
    void secretIsPrefixFollowedByBase62() {
        String secret = TokenSecrets.newSecret();
        assertEquals(TokenSecrets.LENGTH, secret.length());
        assertTrue(secret.matches("assay_[0-9A-Za-z]{36}"), secret);
    }

    @Test
    void secretEndsWithTheChecksumOfItsRandomPart() {
        String secret = TokenSecrets.newSecret();
        assertEquals(TokenSecrets.checksum(secret.substring(RANDOM_START, CHECKSUM_START)),
                secret.substring(CHECKSUM_START));
    }

    @Test
    void thousandSecretsAreDistinctAndWellFormed() {
        Set<String> secrets = new HashSet<>();
        Set<String> randomParts = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String secret = TokenSecrets.newSecret();
            assertTrue(TokenSecrets.isWellFormed(secret), secret);
            assertTrue(secrets.add(secret), "repeated secret");
            assertTrue(randomParts.add(secret.substring(RANDOM_START, CHECKSUM_START)), "repeated random part");
        }
    }

    @Test
    void randomPartUsesTheWholeAlphabet() {
        // 30,000 draws from 62 symbols: a missing symbol would mean a biased or truncated alphabet
        Set<Character> seen = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            String secret = TokenSecrets.newSecret();
            for (char c : secret.substring(RANDOM_START, CHECKSUM_START).toCharArray()) {
                seen.add(c);
            }
        }
        assertEquals(62, seen.size(), seen.toString());
    }

    @Test
    void nullAndEmptyAreNotWellFormed() {
        assertFalse(TokenSecrets.isWellFormed(null));
        assertFalse(TokenSecrets.isWellFormed(""));
        assertFalse(TokenSecrets.isWellFormed(TokenSecrets.PREFIX));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Assay_", "ASSAY_", "assay-", "assey_", "mbapi_", "xassay"})
    void wrongPrefixIsNotWellFormed(String prefix) {
        String secret = TokenSecrets.newSecret();
        String candidate = prefix + secret.substring(RANDOM_START);
        assertEquals(TokenSecrets.LENGTH, candidate.length());
        assertFalse(TokenSecrets.isWellFormed(candidate), candidate);
    }

    @Test
    void wrongLengthIsNotWellFormed() {
        String secret = TokenSecrets.newSecret();
        assertFalse(TokenSecrets.isWellFormed(secret.substring(0, TokenSecrets.LENGTH - 1)), "one short");
        assertFalse(TokenSecrets.isWellFormed(secret + "0"), "one long");
        assertFalse(TokenSecrets.isWellFormed(secret + secret), "doubled");
        assertFalse(TokenSecrets.isWellFormed(" " + secret), "leading space");
        assertFalse(TokenSecrets.isWellFormed(secret + "\n"), "trailing newline");
        // a shorter random part with its own correct checksum is still refused
        String shortRandom = "A".repeat(TokenSecrets.RANDOM_CHARS - 1);
        assertFalse(TokenSecrets.isWellFormed(TokenSecrets.PREFIX + shortRandom + TokenSecrets.checksum(shortRandom)));
    }

    @Test
    void anyChangedRandomCharacterBreaksTheChecksum() {
        String secret = TokenSecrets.newSecret();
        for (int i = RANDOM_START; i < CHECKSUM_START; i++) {
            String tampered = changedAt(secret, i);
            assertNotEquals(secret, tampered);
            assertFalse(TokenSecrets.isWellFormed(tampered), "changed at " + i + ": " + tampered);
        }
    }

    @Test
    void changedCaseOfARandomLetterBreaksTheChecksum() {
        String secret = secretWith("abcdefghijklmnopqrstuvwxyz0123");
        assertTrue(TokenSecrets.isWellFormed(secret));
        String upper = secret.substring(0, RANDOM_START) + "A" + secret.substring(RANDOM_START + 1);
        assertFalse(TokenSecrets.isWellFormed(upper), upper);
    }

    @Test
    void anyChangedChecksumCharacterIsRefused() {
        String secret = TokenSecrets.newSecret();
        for (int i = CHECKSUM_START; i < TokenSecrets.LENGTH; i++) {
            String tampered = changedAt(secret, i);
            assertFalse(TokenSecrets.isWellFormed(tampered), "changed at " + i + ": " + tampered);
        }
    }

    @Test
    void swappedRandomCharactersBreakTheChecksum() {
        String secret = secretWith("0123456789ABCDEFGHIJKLMNOPQRST");
        assertTrue(TokenSecrets.isWellFormed(secret));
        String swapped = TokenSecrets.PREFIX + "1023456789ABCDEFGHIJKLMNOPQRST" + secret.substring(CHECKSUM_START);
        assertFalse(TokenSecrets.isWellFormed(swapped), swapped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "_", "+", "/", "=", " ", ".", "é", "\u0000"})
    void nonBase62CharacterInTheRandomPartIsRefusedEvenWithAMatchingChecksum(String bad) {
        String random = "abcdefghijklmnopqrstuvwxyz012" + bad;
        assertEquals(TokenSecrets.RANDOM_CHARS, random.length());
        String candidate = secretWith(random);
        assertEquals(TokenSecrets.LENGTH, candidate.length());
        assertFalse(TokenSecrets.isWellFormed(candidate), candidate);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-", "_", " ", "é"})
    void nonBase62CharacterInTheChecksumIsRefused(String bad) {
        String secret = TokenSecrets.newSecret();
        String candidate = secret.substring(0, TokenSecrets.LENGTH - 1) + bad;
        assertFalse(TokenSecrets.isWellFormed(candidate), candidate);
    }

    @Test
    void handBuiltSecretWithTheRightChecksumIsWellFormed() {
        assertTrue(TokenSecrets.isWellFormed(secretWith("0".repeat(TokenSecrets.RANDOM_CHARS))));
        assertTrue(TokenSecrets.isWellFormed("assay_" + "0".repeat(30) + "2C8GjS"));
        assertFalse(TokenSecrets.isWellFormed("assay_" + "0".repeat(30) + "2C8Gjs"));
    }

    @Test
    void checksumIsSixBase62DigitsOfTheCrc32() {
        // CRC32("123456789") = 0xCBF43926 = 3421780262 = 3·62^5 + ... ; CRC32("") = 0
        assertEquals("3jZRME", TokenSecrets.checksum("123456789"));
        assertEquals("000000", TokenSecrets.checksum(""));
        assertEquals("2C8GjS", TokenSecrets.checksum("0".repeat(30)));
    }

    @Test
    void checksumIsDeterministic() {
        String random = TokenSecrets.newSecret().substring(RANDOM_START, CHECKSUM_START);
        String first = TokenSecrets.checksum(random);
        assertEquals(first, TokenSecrets.checksum(new String(random)));
        assertEquals(TokenSecrets.CHECKSUM_CHARS, first.length());
        assertTrue(first.matches("[0-9A-Za-z]{6}"), first);
    }

    @Test
    void partialShowsThePrefixAnEllipsisAndTheLastFourCharacters() {
        String secret = TokenSecrets.newSecret();
        String partial = TokenSecrets.partial(secret);
        assertEquals("assay_..." + secret.substring(TokenSecrets.LENGTH - 4), partial);
        assertEquals(13, partial.length());
        assertFalse(partial.contains(secret.substring(RANDOM_START, CHECKSUM_START)), "random part is hidden");
        assertEquals("assay_...WXYZ", TokenSecrets.partial("assay_0123456789WXYZ"));
    }
}
