package org.assay.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OneTimeSecretsTest {

    @Test
    void secretIsUrlSafeBase64OfThirtyTwoBytes() {
        String secret = OneTimeSecrets.newSecret();
        assertTrue(secret.matches("[A-Za-z0-9_-]{43}"), secret);
        assertEquals(32, Base64.getUrlDecoder().decode(secret).length);
    }

    @Test
    void secretsAreDistinct() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 1_000; i++) {
            assertTrue(secrets.add(OneTimeSecrets.newSecret()), "repeated secret");
        }
    }

    @Test
    void hashIsLowercaseHexSha256() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", OneTimeSecrets.hash("abc"));
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", OneTimeSecrets.hash(""));
    }

    @Test
    void hashOfASecretFitsTheActivationHashColumn() {
        String hash = OneTimeSecrets.hash(OneTimeSecrets.newSecret());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @Test
    void hashIsDeterministicAndDistinguishesSecrets() {
        String secret = OneTimeSecrets.newSecret();
        assertEquals(OneTimeSecrets.hash(secret), OneTimeSecrets.hash(new String(secret)));
        assertNotEquals(OneTimeSecrets.hash(secret), OneTimeSecrets.hash(secret + "x"));
        assertNotEquals(OneTimeSecrets.hash("abc"), OneTimeSecrets.hash("ABC"));
    }

    @Test
    void hashUsesUtf8() throws Exception {
        String text = "clé-🔑";
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        assertEquals(HexFormat.of().formatHex(digest), OneTimeSecrets.hash(text));
    }

    @Test
    void hashOfNullIsRefused() {
        assertThrows(NullPointerException.class, () -> OneTimeSecrets.hash(null));
    }
}
