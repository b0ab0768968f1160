package org.assay.users.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordHasherTest {

    private static final int FAST = 10_000;
    private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

    private final PasswordHasher hasher = new PasswordHasher(FAST);

    @Test
    void hashVerifiesWithTheSamePassword() {
        String stored = hasher.hash(PASSWORD.clone());
        assertTrue(hasher.verify(PASSWORD.clone(), stored));
    }

    @Test
    void wrongPasswordDoesNotVerify() {
        String stored = hasher.hash(PASSWORD.clone());
        assertFalse(hasher.verify("correct horse battery stapl".toCharArray(), stored));
        assertFalse(hasher.verify("Correct horse battery staple".toCharArray(), stored));
        assertFalse(hasher.verify(new char[0], stored));
    }

    @Test
    void hashHasTheSelfDescribingFormat() {
        String stored = hasher.hash(PASSWORD.clone());
        String[] parts = stored.split("\\$", -1);
        assertEquals(4, parts.length, stored);
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals("10000", parts[1]);
        assertEquals(16, Base64.getDecoder().decode(parts[2]).length, "salt bytes");
        assertEquals(32, Base64.getDecoder().decode(parts[3]).length, "hash bytes");
        assertFalse(stored.contains("="), "Base64 without padding");
        assertTrue(stored.length() <= 200, "fits the password_hash column");
    }

    @Test
    void defaultIterationsAreWrittenIntoTheHash() {
        assertEquals(600_000, PasswordHasher.DEFAULT_ITERATIONS);
        String stored = new PasswordHasher(12_345).hash("x".toCharArray());
        assertEquals("12345", stored.split("\\$")[1]);
    }

    @Test
    void samePasswordHashesDifferentlyEachTimeBecauseOfTheSalt() {
        String a = hasher.hash(PASSWORD.clone());
        String b = hasher.hash(PASSWORD.clone());
        assertNotEquals(a, b);
        assertNotEquals(a.split("\\$")[2], b.split("\\$")[2], "salts differ");
        assertTrue(hasher.verify(PASSWORD.clone(), a));
        assertTrue(hasher.verify(PASSWORD.clone(), b));
    }

    @Test
    void hashesMadeWithAnotherWorkFactorStillVerify() {
        String old = new PasswordHasher(FAST).hash(PASSWORD.clone());
        PasswordHasher stronger = new PasswordHasher(FAST * 2);
        assertTrue(stronger.verify(PASSWORD.clone(), old));
        assertFalse(stronger.verify("other password".toCharArray(), old));
    }

    @Test
    void matchesThePbkdf2HmacSha256TestVector() {
        // RFC 7914 §11 / well-known vector: P="password", S="salt", c=1, dkLen=32
        byte[] expected = HexFormat.of().parseHex("120fb6cffcf8b32c43e7225256c4f837a86548c92ccc35480805987cb70be17b");
        String stored = "pbkdf2-sha256$1$" + Base64.getEncoder().withoutPadding().encodeToString("salt".getBytes())
                + "$" + Base64.getEncoder().withoutPadding().encodeToString(expected);
        assertTrue(hasher.verify("password".toCharArray(), stored));
        assertFalse(hasher.verify("Password".toCharArray(), stored));
    }

    @Test
    void changingTheStoredIterationCountBreaksVerification() {
        String stored = hasher.hash(PASSWORD.clone());
        assertFalse(hasher.verify(PASSWORD.clone(), stored.replaceFirst("\\$10000\\$", "\\$10001\\$")));
    }

    @Test
    void tamperedHashDoesNotVerify() {
        String stored = hasher.hash(PASSWORD.clone());
        String[] parts = stored.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        hash[0] ^= 1;
        String tampered = parts[0] + "$" + parts[1] + "$" + parts[2] + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(hash);
        assertFalse(hasher.verify(PASSWORD.clone(), tampered));
    }

    @Test
    void truncatedHashDoesNotVerify() {
        String stored = hasher.hash(PASSWORD.clone());
        String[] parts = stored.split("\\$");
        byte[] hash = Base64.getDecoder().decode(parts[3]);
        String shortened = parts[0] + "$" + parts[1] + "$" + parts[2] + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(java.util.Arrays.copyOf(hash, 16));
        assertFalse(hasher.verify(PASSWORD.clone(), shortened));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "x$y",
        "$$$",
        "pbkdf2-sha256",
        "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA",
        "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA$extra",
        "pbkdf2-sha1$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "bcrypt$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "PBKDF2-SHA256$10000$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$ten$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$-1$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$99999999999$c2FsdHNhbHRzYWx0c2FsdA$aGFzaA",
        "pbkdf2-sha256$10000$!!not-base64!!$aGFzaA",
        "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$!!not-base64!!",
        "pbkdf2-sha256$10000$$aGFzaA",
        "pbkdf2-sha256$10000$c2FsdHNhbHRzYWx0c2FsdA$",
        "plain-text-password"
    })
    void malformedStoredHashesMatchNothingAndNeverThrow(String stored) {
        assertFalse(assertDoesNotThrow(() -> hasher.verify(PASSWORD.clone(), stored)));
        assertFalse(assertDoesNotThrow(() -> hasher.verify(new char[0], stored)));
    }

    @ParameterizedTest
    @ValueSource(ints = {9_999, 1_000, 1, 0, -1, Integer.MIN_VALUE})
    void iterationsBelowTenThousandAreRefused(int iterations) {
        assertThrows(IllegalArgumentException.class, () -> new PasswordHasher(iterations));
    }

    @Test
    void tenThousandIterationsAreTheMinimum() {
        assertDoesNotThrow(() -> new PasswordHasher(10_000));
    }

    @Test
    void nonAsciiPasswordsRoundTrip() {
        char[] password = "pässwörd-密码-🔑🔑".toCharArray();
        String stored = hasher.hash(password.clone());
        assertTrue(hasher.verify(password.clone(), stored));
        assertFalse(hasher.verify("passwort-密码-🔑🔑".toCharArray(), stored));
    }

    @Test
    void verifyNothingCompletesWithoutError() {
        assertDoesNotThrow(() -> hasher.verifyNothing(PASSWORD.clone()));
    }
}
