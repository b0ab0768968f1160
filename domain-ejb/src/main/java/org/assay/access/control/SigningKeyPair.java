package org.assay.access.control;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The RSA key pair that signs the embedded issuer's JWTs. Generated on first start into the key directory (the
 * private key readable by the server's user only) and read from there afterwards, so tokens survive restarts;
 * nodes of a cluster share it by sharing that directory. Only the private key is stored: the public key is derived.
 */
public final class SigningKeyPair {

    static final String PRIVATE_KEY_FILE = "jwt-signing-key.pem";
    private static final int KEY_BITS = 2048;

    private final RSAPrivateCrtKey privateKey;
    private final RSAPublicKey publicKey;
    private final String keyId;

    private SigningKeyPair(RSAPrivateCrtKey privateKey) throws GeneralSecurityException {
        this.privateKey = privateKey;
        KeyFactory rsa = KeyFactory.getInstance("RSA");
        this.publicKey = (RSAPublicKey) rsa.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
        byte[] thumbprint = MessageDigest.getInstance("SHA-256").digest(publicKey.getEncoded());
        this.keyId = HexFormat.of().formatHex(thumbprint, 0, 8);
    }

    /** Loads the key pair from {@code directory}, generating it there first if it does not exist yet. */
    public static SigningKeyPair loadOrCreate(Path directory) {
        Path file = directory.resolve(PRIVATE_KEY_FILE);
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            String pem = Files.readString(file, StandardCharsets.US_ASCII);
            String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            KeyFactory rsa = KeyFactory.getInstance("RSA");
            return new SigningKeyPair((RSAPrivateCrtKey) rsa.generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64))));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the JWT signing key " + file, e);
        } catch (GeneralSecurityException | IllegalArgumentException | ClassCastException e) {
            throw new IllegalStateException("The JWT signing key " + file + " is not a PKCS#8 RSA key", e);
        }
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(KEY_BITS);
        KeyPair pair = generator.generateKeyPair();
        KeyFiles.createOwnerOnly(file, "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(pair.getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
    }

    public RSAPrivateCrtKey privateKey() {
        return privateKey;
    }

    public RSAPublicKey publicKey() {
        return publicKey;
    }

    /** A short stable id of the key ({@code kid} header), so that a rotated key can be told apart. */
    public String keyId() {
        return keyId;
    }
}
