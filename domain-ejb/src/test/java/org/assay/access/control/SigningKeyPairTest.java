package org.assay.access.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.Base64;
import java.util.EnumSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SigningKeyPairTest {

    @TempDir
    Path dir;

    private Path keyFile() {
        return dir.resolve(SigningKeyPair.PRIVATE_KEY_FILE);
    }

    @Test
    void createsAPemPrivateKeyFileOnFirstLoad() throws IOException {
        SigningKeyPair keys = SigningKeyPair.loadOrCreate(dir);
        assertTrue(Files.isRegularFile(keyFile()));
        String pem = Files.readString(keyFile(), StandardCharsets.US_ASCII);
        assertTrue(pem.startsWith("-----BEGIN PRIVATE KEY-----\n"), pem);
        assertTrue(pem.endsWith("\n-----END PRIVATE KEY-----\n"), pem);
        assertEquals(2048, keys.publicKey().getModulus().bitLength());
        assertEquals("RSA", keys.privateKey().getAlgorithm());
    }

    @Test
    void keyFileIsReadableByTheOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        SigningKeyPair.loadOrCreate(dir);
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keyFile()));
    }

    @Test
    void leavesNoTemporaryFileBehind() throws IOException {
        SigningKeyPair.loadOrCreate(dir);
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.count(), "only the key file");
        }
    }

    @Test
    void createsMissingKeyDirectories() {
        Path nested = dir.resolve("a").resolve("b");
        SigningKeyPair.loadOrCreate(nested);
        assertTrue(Files.isRegularFile(nested.resolve(SigningKeyPair.PRIVATE_KEY_FILE)));
    }

    @Test
    void secondLoadReturnsTheSameKey() throws IOException {
        SigningKeyPair first = SigningKeyPair.loadOrCreate(dir);
        String pemBefore = Files.readString(keyFile());
        SigningKeyPair second = SigningKeyPair.loadOrCreate(dir);
        assertEquals(first.keyId(), second.keyId());
        assertEquals(first.publicKey().getModulus(), second.publicKey().getModulus());
        assertEquals(first.publicKey().getPublicExponent(), second.publicKey().getPublicExponent());
        assertArrayEquals(first.privateKey().getEncoded(), second.privateKey().getEncoded());
        assertEquals(pemBefore, Files.readString(keyFile()), "an existing key is never overwritten");
    }

    @Test
    void differentDirectoriesGetDifferentKeys(@TempDir Path other) {
        SigningKeyPair a = SigningKeyPair.loadOrCreate(dir);
        SigningKeyPair b = SigningKeyPair.loadOrCreate(other);
        assertNotEquals(a.keyId(), b.keyId());
        assertNotEquals(a.publicKey().getModulus(), b.publicKey().getModulus());
    }

    @Test
    void keyIdIsSixteenLowercaseHexCharacters() {
        String keyId = SigningKeyPair.loadOrCreate(dir).keyId();
        assertTrue(keyId.matches("[0-9a-f]{16}"), keyId);
    }

    @Test
    void derivedPublicKeyMatchesThePrivateKey() throws Exception {
        SigningKeyPair keys = SigningKeyPair.loadOrCreate(dir);
        assertEquals(keys.privateKey().getModulus(), keys.publicKey().getModulus());
        byte[] data = "signed data".getBytes(StandardCharsets.UTF_8);
        Signature signer = Signature.getInstance("SHA256withRSA");
        signer.initSign(keys.privateKey());
        signer.update(data);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("SHA256withRSA");
        verifier.initVerify(keys.publicKey());
        verifier.update(data);
        assertTrue(verifier.verify(signature));
    }

    @Test
    void readsAKeyWrittenByAnotherTool() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        var pair = generator.generateKeyPair();
        // one long base64 line, CRLF line ends: whitespace is irrelevant
        Files.writeString(keyFile(), "-----BEGIN PRIVATE KEY-----\r\n"
                + Base64.getEncoder().encodeToString(pair.getPrivate().getEncoded()) + "\r\n-----END PRIVATE KEY-----\r\n");
        SigningKeyPair keys = SigningKeyPair.loadOrCreate(dir);
        assertEquals(pair.getPublic(), keys.publicKey());
    }

    @Test
    void corruptKeyFileIsRefused() throws IOException {
        Files.writeString(keyFile(), "-----BEGIN PRIVATE KEY-----\nnot base64 at all!\n-----END PRIVATE KEY-----\n");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> SigningKeyPair.loadOrCreate(dir));
        assertTrue(e.getMessage().contains(SigningKeyPair.PRIVATE_KEY_FILE), e.getMessage());
    }

    @Test
    void base64ThatIsNotAKeyIsRefused() throws IOException {
        Files.writeString(keyFile(), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getEncoder().encodeToString("hello, world".getBytes(StandardCharsets.US_ASCII))
                + "\n-----END PRIVATE KEY-----\n");
        assertThrows(IllegalStateException.class, () -> SigningKeyPair.loadOrCreate(dir));
    }

    @Test
    void emptyKeyFileIsRefusedAndNotReplaced() throws IOException {
        Files.writeString(keyFile(), "");
        assertThrows(IllegalStateException.class, () -> SigningKeyPair.loadOrCreate(dir));
        assertEquals("", Files.readString(keyFile()), "a broken key must not be silently replaced");
    }

    @Test
    void nonRsaKeyIsRefused() throws Exception {
        KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
        ec.initialize(256);
        Files.writeString(keyFile(), "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(ec.generateKeyPair().getPrivate().getEncoded())
                + "\n-----END PRIVATE KEY-----\n");
        assertThrows(IllegalStateException.class, () -> SigningKeyPair.loadOrCreate(dir));
    }

    @Test
    void publicKeyInsteadOfPrivateKeyIsRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        Files.writeString(keyFile(), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        assertThrows(IllegalStateException.class, () -> SigningKeyPair.loadOrCreate(dir));
    }
}
