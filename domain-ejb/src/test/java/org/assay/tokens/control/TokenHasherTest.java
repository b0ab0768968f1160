package org.assay.tokens.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TokenHasherTest {

    @TempDir
    Path dir;

    private static byte[] key(int length, int fill) {
        byte[] key = new byte[length];
        Arrays.fill(key, (byte) fill);
        return key;
    }

    private Path keyFile() {
        return dir.resolve(TokenHasher.KEY_FILE);
    }

    private long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void hashIsHmacSha256AsInRfc4231() {
        // RFC 4231 test case 6: a 131-byte key of 0xaa
        TokenHasher hasher = new TokenHasher(key(131, 0xaa));
        assertEquals("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54",
                hasher.hash("Test Using Larger Than Block-Size Key - Hash Key First"));
    }

    @Test
    void hashEncodesTheSecretAsUtf8() throws Exception {
        byte[] key = key(32, 7);
        String secret = "clé-🔑";
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal(secret.getBytes(StandardCharsets.UTF_8)));
        assertEquals(expected, new TokenHasher(key).hash(secret));
    }

    @Test
    void hashIsSixtyFourLowercaseHexCharacters() {
        String hash = new TokenHasher(key(32, 1)).hash(TokenSecrets.newSecret());
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    @Test
    void hashIsDeterministicForAKey() {
        String secret = TokenSecrets.newSecret();
        TokenHasher hasher = new TokenHasher(key(32, 1));
        assertEquals(hasher.hash(secret), hasher.hash(new String(secret)));
        assertEquals(hasher.hash(secret), new TokenHasher(key(32, 1)).hash(secret), "same key bytes, same hash");
    }

    @Test
    void hashDiffersAcrossKeys() {
        String secret = TokenSecrets.newSecret();
        assertNotEquals(new TokenHasher(key(32, 1)).hash(secret), new TokenHasher(key(32, 2)).hash(secret));
        assertNotEquals(new TokenHasher(key(32, 1)).hash(secret), new TokenHasher(key(33, 1)).hash(secret));
    }

    @Test
    void hashDiffersAcrossSecrets() {
        TokenHasher hasher = new TokenHasher(key(32, 1));
        String secret = TokenSecrets.newSecret();
        assertNotEquals(hasher.hash(secret), hasher.hash(TokenSecrets.newSecret()));
        assertNotEquals(hasher.hash(secret), hasher.hash(secret + "x"));
        assertNotEquals(hasher.hash("abc"), hasher.hash("ABC"));
    }

    @Test
    void hashIsNotAPlainSha256OfTheSecret() throws Exception {
        String secret = "assay_secret";
        String plain = HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                .digest(secret.getBytes(StandardCharsets.UTF_8)));
        assertNotEquals(plain, new TokenHasher(key(32, 0)).hash(secret));
    }

    @Test
    void keysShorterThanThirtyTwoBytesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new TokenHasher(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new TokenHasher(key(16, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new TokenHasher(key(31, 1)));
        assertTrue(e.getMessage().contains("32"), e.getMessage());
        assertDoesNotThrow(() -> new TokenHasher(key(32, 1)));
        assertDoesNotThrow(() -> new TokenHasher(key(64, 1)));
    }

    @Test
    void laterChangesToTheKeyArrayDoNotAffectTheHasher() {
        byte[] key = key(32, 1);
        TokenHasher hasher = new TokenHasher(key);
        String before = hasher.hash("secret");
        Arrays.fill(key, (byte) 0);
        assertEquals(before, hasher.hash("secret"));
    }

    @Test
    void configuredKeyWinsOverTheDirectory() throws IOException {
        byte[] key = key(32, 9);
        TokenHasher configured = TokenHasher.fromConfigOrDirectory(Base64.getEncoder().encodeToString(key), dir);
        assertEquals(new TokenHasher(key).hash("secret"), configured.hash("secret"));
        assertEquals(0, filesIn(dir), "no key file is generated when a key is configured");
    }

    @Test
    void configuredKeyWinsOverAnExistingKeyFile() throws IOException {
        Files.writeString(keyFile(), Base64.getEncoder().encodeToString(key(32, 1)));
        byte[] key = key(32, 2);
        TokenHasher configured = TokenHasher.fromConfigOrDirectory(Base64.getEncoder().encodeToString(key), dir);
        assertEquals(new TokenHasher(key).hash("secret"), configured.hash("secret"));
    }

    @Test
    void configuredKeyIsTrimmed() {
        byte[] key = key(48, 3);
        TokenHasher configured = TokenHasher.fromConfigOrDirectory(
                "  " + Base64.getEncoder().encodeToString(key) + "\n", dir);
        assertEquals(new TokenHasher(key).hash("secret"), configured.hash("secret"));
    }

    @Test
    void configuredKeyShorterThanThirtyTwoBytesIsRefused() {
        String shortKey = Base64.getEncoder().encodeToString(key(31, 1));
        assertThrows(IllegalArgumentException.class, () -> TokenHasher.fromConfigOrDirectory(shortKey, dir));
    }

    @Test
    void configuredKeyThatIsNotBase64IsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> TokenHasher.fromConfigOrDirectory("not base64 at all!", dir));
    }

    @Test
    void withoutConfigurationAKeyFileIsGenerated() throws IOException {
        TokenHasher.fromConfigOrDirectory(null, dir);
        assertTrue(Files.isRegularFile(keyFile()));
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile(), StandardCharsets.US_ASCII).trim());
        assertEquals(32, key.length);
    }

    @Test
    void blankConfigurationCountsAsNone() {
        TokenHasher.fromConfigOrDirectory("   ", dir);
        assertTrue(Files.isRegularFile(keyFile()));
    }

    @Test
    void generatedKeyIsTheOneInTheFile() throws IOException {
        TokenHasher generated = TokenHasher.fromConfigOrDirectory(null, dir);
        byte[] key = Base64.getDecoder().decode(Files.readString(keyFile(), StandardCharsets.US_ASCII).trim());
        assertEquals(new TokenHasher(key).hash("secret"), generated.hash("secret"));
    }

    @Test
    void generatedKeyFileIsReadableByTheOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        TokenHasher.fromConfigOrDirectory(null, dir);
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keyFile()));
    }

    @Test
    void generationLeavesNoTemporaryFileBehind() throws IOException {
        TokenHasher.fromConfigOrDirectory(null, dir);
        assertEquals(1, filesIn(dir), "only the key file");
    }

    @Test
    void generationCreatesMissingDirectories() {
        Path nested = dir.resolve("a").resolve("b");
        TokenHasher.fromConfigOrDirectory(null, nested);
        assertTrue(Files.isRegularFile(nested.resolve(TokenHasher.KEY_FILE)));
    }

    @Test
    void secondCallReusesTheKeyFile() throws IOException {
        String secret = TokenSecrets.newSecret();
        String first = TokenHasher.fromConfigOrDirectory(null, dir).hash(secret);
        String fileBefore = Files.readString(keyFile());
        String second = TokenHasher.fromConfigOrDirectory("", dir).hash(secret);
        assertEquals(first, second);
        assertEquals(fileBefore, Files.readString(keyFile()), "an existing key is never overwritten");
    }

    @Test
    void differentDirectoriesGetDifferentKeys(@TempDir Path other) {
        String secret = TokenSecrets.newSecret();
        assertNotEquals(TokenHasher.fromConfigOrDirectory(null, dir).hash(secret),
                TokenHasher.fromConfigOrDirectory(null, other).hash(secret));
    }

    @Test
    void keyFileWrittenByAnAdministratorIsUsed() throws IOException {
        byte[] key = key(40, 5);
        Files.writeString(keyFile(), Base64.getEncoder().encodeToString(key) + "\r\n", StandardCharsets.US_ASCII);
        assertEquals(new TokenHasher(key).hash("secret"), TokenHasher.fromConfigOrDirectory(null, dir).hash("secret"));
    }

    @Test
    void tooShortKeyFileIsRefusedAndNotReplaced() throws IOException {
        String content = Base64.getEncoder().encodeToString(key(8, 5));
        Files.writeString(keyFile(), content);
        assertThrows(IllegalArgumentException.class, () -> TokenHasher.fromConfigOrDirectory(null, dir));
        assertEquals(content, Files.readString(keyFile()), "a broken key must not be silently replaced");
    }

    @Test
    void sameHashComparesContents() {
        String hash = new TokenHasher(key(32, 1)).hash("secret");
        assertTrue(TokenHasher.sameHash(hash, new String(hash)));
        assertTrue(TokenHasher.sameHash("", ""));
        assertFalse(TokenHasher.sameHash(hash, new TokenHasher(key(32, 2)).hash("secret")));
        assertFalse(TokenHasher.sameHash(hash, hash.substring(0, 63)), "prefix");
        assertFalse(TokenHasher.sameHash(hash, hash + "0"), "longer");
        assertFalse(TokenHasher.sameHash(hash, hash.toUpperCase()), "case matters");
    }

    @Test
    void sameHashIsNullSafe() {
        assertFalse(TokenHasher.sameHash(null, "abc"));
        assertFalse(TokenHasher.sameHash("abc", null));
        assertFalse(TokenHasher.sameHash(null, null), "two missing hashes never match");
    }

    @Test
    void consecutiveHashesDoNotLeakStateIntoEachOther() {
        TokenHasher hasher = new TokenHasher(key(32, 1));
        String a = hasher.hash("a");
        hasher.hash("something else entirely");
        assertEquals(a, hasher.hash("a"));
        assertEquals(new TokenHasher(key(32, 1)).hash("ab"), hasher.hash("ab"), "no leftover input from earlier calls");
    }

    @Test
    void hashIsTheSameOnEveryThread() throws Exception {
        TokenHasher hasher = new TokenHasher(key(32, 4));
        List<String> secrets = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            secrets.add(TokenSecrets.newSecret());
        }
        List<String> expected = secrets.stream().map(hasher::hash).toList();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> secrets.stream().map(hasher::hash).toList()));
            }
            for (Future<List<String>> result : results) {
                assertEquals(expected, result.get(30, TimeUnit.SECONDS));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
