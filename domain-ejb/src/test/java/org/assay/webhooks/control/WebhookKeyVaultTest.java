package org.assay.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookKeyVaultTest {

    @TempDir
    Path dir;

    private static WebhookKeyVault vault(int fill) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) fill);
        return new WebhookKeyVault(key);
    }

    @Test
    void aSealedKeyOpensOnlyForItsWebhookUnderTheSameServerKey() {
        byte[] privateKey = WebhookSignatures.generate().getPrivate().getEncoded();
        WebhookKeyVault vault = vault(1);
        String sealed = vault.seal("aaaaaaaaaaaaaaaaaaaaaaaa", privateKey);
        assertTrue(sealed.startsWith("v1:"));
        assertFalse(sealed.contains(Base64.getEncoder().encodeToString(privateKey)));
        assertNotEquals(sealed, vault.seal("aaaaaaaaaaaaaaaaaaaaaaaa", privateKey), "a fresh nonce each time");
        assertArrayEquals(privateKey, vault.open("aaaaaaaaaaaaaaaaaaaaaaaa", sealed));
        assertThrows(IllegalStateException.class, () -> vault.open("bbbbbbbbbbbbbbbbbbbbbbbb", sealed));
        assertThrows(IllegalStateException.class, () -> vault(2).open("aaaaaaaaaaaaaaaaaaaaaaaa", sealed));
    }

    @Test
    void theServerKeyIsGeneratedOnceIntoTheKeyDirectoryOrTakenFromConfiguration() throws Exception {
        byte[] privateKey = WebhookSignatures.generate().getPrivate().getEncoded();
        String sealed = WebhookKeyVault.fromConfigOrDirectory(Optional.empty(), dir).seal("w", privateKey);
        Path file = dir.resolve(WebhookKeyVault.KEY_FILE);
        assertTrue(Files.exists(file));
        assertArrayEquals(privateKey, WebhookKeyVault.fromConfigOrDirectory(Optional.of(" "), dir).open("w", sealed));

        String configured = Files.readString(file, StandardCharsets.US_ASCII);
        Files.delete(file);
        assertArrayEquals(privateKey, WebhookKeyVault.fromConfigOrDirectory(Optional.of(configured), dir)
                .open("w", sealed));
        assertFalse(Files.exists(file), "a configured key writes no file");
        assertEquals("the webhook key must be 32 bytes, Base64-encoded; it has 3",
                assertThrows(IllegalArgumentException.class,
                        () -> WebhookKeyVault.fromConfigOrDirectory(Optional.of("AAAA"), dir)).getMessage());
    }
}
