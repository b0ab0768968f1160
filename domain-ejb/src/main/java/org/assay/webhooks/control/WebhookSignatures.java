package org.assay.webhooks.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;

/**
 * Ed25519 keys and Standard Webhooks signatures, with the JDK alone (Ed25519 is built in since Java 15).
 * A delivery is signed over {@code "{webhook-id}.{webhook-timestamp}.{body}"} and the signature is sent as
 * {@code webhook-signature: v1a,<Base64>}. The public key is published as {@code whpk_<Base64 of the raw 32-byte
 * key>}, the Standard Webhooks format for asymmetric keys; {@link #publicKey(String)} turns it back into a key.
 */
public final class WebhookSignatures {

    public static final String PUBLIC_KEY_PREFIX = "whpk_";
    public static final String SIGNATURE_VERSION = "v1a";
    private static final String ALGORITHM = "Ed25519";
    /** The fixed DER header of an Ed25519 SubjectPublicKeyInfo; the raw key follows it. */
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");
    private static final int RAW_KEY_BYTES = 32;

    private WebhookSignatures() {
    }

    /** A new key pair for a webhook. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is not available in this JDK", e);
        }
    }

    /** {@code whpk_} + Base64 of the raw public key. */
    public static String publishedKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != X509_PREFIX.length + RAW_KEY_BYTES
                || !Arrays.equals(Arrays.copyOf(encoded, X509_PREFIX.length), X509_PREFIX)) {
            throw new IllegalArgumentException("not an Ed25519 public key");
        }
        byte[] raw = Arrays.copyOfRange(encoded, X509_PREFIX.length, encoded.length);
        return PUBLIC_KEY_PREFIX + Base64.getEncoder().encodeToString(raw);
    }

    /** The key a {@code whpk_…} string publishes. */
    public static PublicKey publicKey(String published) {
        if (published == null || !published.startsWith(PUBLIC_KEY_PREFIX)) {
            throw new IllegalArgumentException("a published key starts with " + PUBLIC_KEY_PREFIX);
        }
        byte[] raw = Base64.getDecoder().decode(published.substring(PUBLIC_KEY_PREFIX.length()));
        if (raw.length != RAW_KEY_BYTES) {
            throw new IllegalArgumentException("an Ed25519 public key has " + RAW_KEY_BYTES + " bytes");
        }
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + RAW_KEY_BYTES);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, RAW_KEY_BYTES);
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }

    /** The private key from its PKCS#8 encoding. */
    public static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance(ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 private key", e);
        }
    }

    /** The {@code webhook-signature} header value for this message. */
    public static String sign(PrivateKey key, String messageId, long timestampSeconds, String body) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(key);
            signature.update(signedContent(messageId, timestampSeconds, body));
            return SIGNATURE_VERSION + "," + Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 signing failed", e);
        }
    }

    /** Whether {@code header} (one or more space-separated {@code v1a,<sig>}) holds a valid signature. */
    public static boolean verify(PublicKey key, String messageId, long timestampSeconds, String body, String header) {
        for (String candidate : header.trim().split(" +")) {
            if (!candidate.startsWith(SIGNATURE_VERSION + ",")) {
                continue;
            }
            try {
                Signature signature = Signature.getInstance(ALGORITHM);
                signature.initVerify(key);
                signature.update(signedContent(messageId, timestampSeconds, body));
                if (signature.verify(Base64.getDecoder().decode(candidate.substring(SIGNATURE_VERSION.length() + 1)))) {
                    return true;
                }
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                // a malformed candidate is simply not a valid signature
            }
        }
        return false;
    }

    private static byte[] signedContent(String messageId, long timestampSeconds, String body) {
        return (messageId + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8);
    }
}
