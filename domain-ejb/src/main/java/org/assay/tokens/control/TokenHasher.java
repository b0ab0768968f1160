package org.assay.tokens.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.assay.access.control.KeyFiles;

/**
 * Keyed hashes of API token secrets: HMAC-SHA-256 under a server key, so that a copy of the database alone does
 * not allow checking guessed secrets. The key comes from configuration (Base64, 32 bytes or more) or is generated
 * on first start into the key directory, readable by the server's user only; cluster nodes must share it.
 */
public final class TokenHasher {

    static final String KEY_FILE = "token-hmac.key";
    private static final int KEY_BYTES = 32;

    private final SecretKeySpec key;
    /** A Mac per thread: initialising one costs a provider lookup, hashing is on every token request. */
    private final ThreadLocal<Mac> macs;

    public TokenHasher(byte[] key) {
        if (key.length < KEY_BYTES) {
            throw new IllegalArgumentException("the token HMAC key must have at least " + KEY_BYTES + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "HmacSHA256");
        this.macs = ThreadLocal.withInitial(this::newMac);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /** A hasher with the configured Base64 key, or the key kept in (or first generated into) {@code directory}. */
    public static TokenHasher fromConfigOrDirectory(String base64Key, Path directory) {
        if (base64Key != null && !base64Key.isBlank()) {
            return new TokenHasher(Base64.getDecoder().decode(base64Key.trim()));
        }
        Path file = directory.resolve(KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            return new TokenHasher(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the token HMAC key " + file, e);
        }
    }

    private static void create(Path file) throws IOException {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        KeyFiles.createOwnerOnly(file, Base64.getEncoder().encodeToString(key));
    }

    /** The hex HMAC-SHA-256 of the secret. */
    public String hash(String secret) {
        return HexFormat.of().formatHex(macs.get().doFinal(secret.getBytes(StandardCharsets.UTF_8)));
    }

    /** Compares two hashes in constant time. */
    public static boolean sameHash(String a, String b) {
        return a != null && b != null
                && MessageDigest.isEqual(a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
    }
}
