package org.assay.webhooks.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.assay.access.control.KeyFiles;

/**
 * Keeps webhooks' private keys encrypted at rest: AES-256-GCM under a server key, with the webhook's id as
 * associated data so that a key copied onto another webhook's row does not decrypt. The server key comes from
 * configuration (Base64, 32 bytes) or is generated on first start into the key directory, readable by the
 * server's user only; cluster nodes must share it. A copy of the database alone cannot sign deliveries.
 */
public final class WebhookKeyVault {

    static final String KEY_FILE = "webhooks.key";
    static final int KEY_BYTES = 32;
    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public WebhookKeyVault(byte[] key) {
        if (key.length != KEY_BYTES) {
            throw new IllegalArgumentException("the webhook key must be " + KEY_BYTES + " bytes, Base64-encoded; it has "
                    + key.length);
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** The vault with the configured Base64 key, or the key kept in (or first generated into) {@code directory}. */
    public static WebhookKeyVault fromConfigOrDirectory(Optional<String> configuredBase64, Path directory) {
        Optional<String> configured = configuredBase64.filter(value -> !value.isBlank());
        if (configured.isPresent()) {
            return new WebhookKeyVault(Base64.getDecoder().decode(configured.get().trim()));
        }
        Path file = directory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                byte[] generated = new byte[KEY_BYTES];
                new SecureRandom().nextBytes(generated);
                KeyFiles.createOwnerOnly(file, Base64.getEncoder().encodeToString(generated));
            }
            return new WebhookKeyVault(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the webhook key " + file, e);
        }
    }

    /** {@code v1:} + Base64(nonce ‖ ciphertext ‖ tag). */
    public String seal(String webhookId, byte[] privateKey) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = cipher(Cipher.ENCRYPT_MODE, webhookId, nonce, privateKey);
        return VERSION + Base64.getEncoder().encodeToString(ByteBuffer.allocate(NONCE_BYTES + sealed.length)
                .put(nonce).put(sealed).array());
    }

    /** The private key {@link #seal} sealed for this webhook; fails if it was altered or belongs to another. */
    public byte[] open(String webhookId, String sealed) {
        if (sealed == null || !sealed.startsWith(VERSION)) {
            throw new IllegalStateException("webhook " + webhookId + " has no sealed key of a known version");
        }
        byte[] all = Base64.getDecoder().decode(sealed.substring(VERSION.length()));
        byte[] nonce = Arrays.copyOf(all, NONCE_BYTES);
        byte[] body = Arrays.copyOfRange(all, NONCE_BYTES, all.length);
        return cipher(Cipher.DECRYPT_MODE, webhookId, nonce, body);
    }

    private byte[] cipher(int mode, String webhookId, byte[] nonce, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(webhookId.getBytes(StandardCharsets.US_ASCII));
            return cipher.doFinal(input);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the private key of webhook " + webhookId
                    + " cannot be opened with this server's webhook key", e);
        }
    }
}
