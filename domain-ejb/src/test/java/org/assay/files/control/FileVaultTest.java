package org.assay.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileVaultTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;
    private static final int SEGMENT = FileCipher.CIPHERTEXT_SEGMENT_BYTES;

    @TempDir
    Path root;

    private FileVault vault;

    @BeforeEach
    void createVault() {
        vault = new FileVault(root, key(1));
    }

    private static FileEncryptionKey key(int fill) {
        byte[] bytes = new byte[FileEncryptionKey.BYTES];
        Arrays.fill(bytes, (byte) fill);
        return FileEncryptionKey.of(bytes);
    }

    private static byte[] random(int size) {
        byte[] bytes = new byte[size];
        new Random(42).nextBytes(bytes);
        return bytes;
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    private StoredFile store(byte[] plaintext) throws IOException {
        return vault.store(new ByteArrayInputStream(plaintext), NO_LIMIT);
    }

    private byte[] read(String id) throws IOException {
        try (InputStream in = vault.open(id)) {
            return in.readAllBytes();
        }
    }

    private Path fileOf(StoredFile stored) {
        return root.resolve(stored.id().substring(0, 2)).resolve(stored.id());
    }

    private List<Path> filesUnderRoot() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private void assertDoesNotAuthenticate(StoredFile stored) {
        StoredFileCorruptedException e = assertThrows(StoredFileCorruptedException.class, () -> read(stored.id()));
        assertEquals(stored.id(), e.id());
        assertTrue(e.getMessage().contains("cannot be decrypted"), e.getMessage());
    }

    // round trips

    @Test
    void smallFileRoundTrips() throws Exception {
        byte[] plaintext = "account,amount\n1000,12.50\n".getBytes(StandardCharsets.UTF_8);
        StoredFile stored = store(plaintext);
        assertArrayEquals(plaintext, read(stored.id()));
        assertEquals(plaintext.length, stored.size());
        assertEquals(sha256(plaintext), stored.sha256());
    }

    @Test
    void emptyFileRoundTrips() throws Exception {
        StoredFile stored = store(new byte[0]);
        assertArrayEquals(new byte[0], read(stored.id()));
        assertEquals(0, stored.size());
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", stored.sha256());
    }

    @Test
    void multiSegmentFileRoundTrips() throws Exception {
        byte[] plaintext = random(5 * SEGMENT + 12345);
        StoredFile stored = store(plaintext);
        assertArrayEquals(plaintext, read(stored.id()));
        assertEquals(plaintext.length, stored.size());
        assertEquals(sha256(plaintext), stored.sha256());
    }

    @Test
    void fileOfExactlyWholeSegmentsRoundTrips() throws Exception {
        byte[] plaintext = random(3 * SEGMENT);
        assertArrayEquals(plaintext, read(store(plaintext).id()));
    }

    @Test
    void byteByByteReadingAndSkippingGiveTheSamePlaintext() throws Exception {
        byte[] plaintext = random(SEGMENT + 100);
        StoredFile stored = store(plaintext);
        try (InputStream in = vault.open(stored.id())) {
            assertEquals(plaintext[0] & 0xff, in.read());
            assertEquals(SEGMENT, in.skip(SEGMENT));
            assertArrayEquals(Arrays.copyOfRange(plaintext, SEGMENT + 1, plaintext.length), in.readAllBytes());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void idsAreNewRandomLowercaseHexAndLaidOutInFanOutDirectories() throws IOException {
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            StoredFile stored = store(new byte[] {1});
            assertTrue(stored.id().matches("[0-9a-f]{24}"), stored.id());
            assertTrue(Files.isRegularFile(fileOf(stored)), "stored at <root>/ab/abcdef...");
            ids.add(stored.id());
        }
        assertEquals(20, ids.size());
        assertEquals(20, filesUnderRoot().size(), "no temporary file stays behind");
    }

    @Test
    void storeDoesNotCloseTheCallersStream() throws IOException {
        boolean[] closed = {false};
        InputStream in = new ByteArrayInputStream(new byte[10]) {
            @Override
            public void close() {
                closed[0] = true;
            }
        };
        vault.store(in, NO_LIMIT);
        assertFalse(closed[0]);
    }

    // encryption at rest

    @Test
    void storedBytesDoNotContainThePlaintext() throws IOException {
        byte[] plaintext = "confidential ledger line\n".repeat(10_000).getBytes(StandardCharsets.US_ASCII);
        StoredFile stored = store(plaintext);
        String onDisk = new String(Files.readAllBytes(fileOf(stored)), StandardCharsets.ISO_8859_1);
        assertFalse(onDisk.contains("confidential"));
        assertFalse(onDisk.contains("ledger"));
    }

    @Test
    void sameContentEncryptsDifferentlyEachTime() throws IOException {
        byte[] plaintext = random(1000);
        StoredFile a = store(plaintext);
        StoredFile b = store(plaintext);
        assertEquals(a.sha256(), b.sha256());
        assertFalse(Arrays.equals(Files.readAllBytes(fileOf(a)), Files.readAllBytes(fileOf(b))));
    }

    @Test
    void ciphertextOverheadIsSmall() throws IOException {
        StoredFile stored = store(random(5 * SEGMENT));
        long overhead = Files.size(fileOf(stored)) - stored.size();
        assertTrue(overhead > 0 && overhead < 200, "overhead " + overhead);
    }

    // tampering

    @Test
    void aFlippedByteInTheMiddleIsDetected() throws Exception {
        StoredFile stored = store(random(3 * SEGMENT));
        Path file = fileOf(stored);
        byte[] ciphertext = Files.readAllBytes(file);
        ciphertext[ciphertext.length / 2] ^= 0x01;
        Files.write(file, ciphertext);
        assertDoesNotAuthenticate(stored);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, 5, 20, 44, 60})
    void aFlippedByteInTheHeadersOrFirstSegmentIsDetected(int position) throws Exception {
        StoredFile stored = store(random(100));
        Path file = fileOf(stored);
        byte[] ciphertext = Files.readAllBytes(file);
        ciphertext[position] ^= (byte) 0x80;
        Files.write(file, ciphertext);
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void aFlippedLastByteIsDetected() throws Exception {
        StoredFile stored = store(random(SEGMENT + 10));
        Path file = fileOf(stored);
        byte[] ciphertext = Files.readAllBytes(file);
        ciphertext[ciphertext.length - 1] ^= 0x01;
        Files.write(file, ciphertext);
        assertDoesNotAuthenticate(stored);
    }

    @ParameterizedTest
    @ValueSource(longs = {0, 3, 4, 30, 100})
    void truncationOfASmallFileIsDetected(long length) throws Exception {
        StoredFile stored = store(random(1000));
        truncate(fileOf(stored), length);
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void truncationByOneByteIsDetected() throws Exception {
        StoredFile stored = store(random(2 * SEGMENT + 10));
        Path file = fileOf(stored);
        truncate(file, Files.size(file) - 1);
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void truncationAtASegmentBoundaryIsDetected() throws Exception {
        StoredFile stored = store(random(3 * SEGMENT));
        truncate(fileOf(stored), FileCipher.FORMAT.length + 2L * SEGMENT);
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void truncationOfAnEmptyFilesCiphertextIsDetected() throws Exception {
        StoredFile stored = store(new byte[0]);
        Path file = fileOf(stored);
        truncate(file, Files.size(file) - 16); // the final segment's tag
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void swappedSegmentsAreDetected() throws Exception {
        StoredFile stored = store(random(4 * SEGMENT));
        Path file = fileOf(stored);
        byte[] ciphertext = Files.readAllBytes(file);
        int second = FileCipher.FORMAT.length + SEGMENT;
        int third = second + SEGMENT;
        byte[] swapped = ciphertext.clone();
        System.arraycopy(ciphertext, second, swapped, third, SEGMENT);
        System.arraycopy(ciphertext, third, swapped, second, SEGMENT);
        Files.write(file, swapped);
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void aRemovedSegmentIsDetected() throws Exception {
        StoredFile stored = store(random(4 * SEGMENT));
        Path file = fileOf(stored);
        byte[] ciphertext = Files.readAllBytes(file);
        int second = FileCipher.FORMAT.length + SEGMENT;
        byte[] shortened = new byte[ciphertext.length - SEGMENT];
        System.arraycopy(ciphertext, 0, shortened, 0, second);
        System.arraycopy(ciphertext, second + SEGMENT, shortened, second, ciphertext.length - second - SEGMENT);
        Files.write(file, shortened);
        assertDoesNotAuthenticate(stored);
    }

    @Test
    void tamperingIsReportedBeforeTheEndOfTheStream() throws Exception {
        byte[] plaintext = random(3 * SEGMENT);
        StoredFile stored = store(plaintext);
        Path file = fileOf(stored);
        byte[] ciphertext = Files.readAllBytes(file);
        ciphertext[ciphertext.length - 100] ^= 0x01;
        Files.write(file, ciphertext);
        ByteArrayOutputStream delivered = new ByteArrayOutputStream();
        try (InputStream in = vault.open(stored.id())) {
            assertThrows(StoredFileCorruptedException.class, () -> in.transferTo(delivered));
            assertThrows(StoredFileCorruptedException.class, in::read, "stays failed");
        }
        byte[] received = delivered.toByteArray();
        assertTrue(received.length < plaintext.length, "the tampered last segment was not delivered");
        assertArrayEquals(Arrays.copyOf(plaintext, received.length), received, "what was delivered is authentic");
    }

    @Test
    void aFileCopiedOverAnotherIdIsDetected() throws Exception {
        StoredFile original = store(random(1000));
        StoredFile other = store(random(10));
        Files.copy(fileOf(original), fileOf(other), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        assertDoesNotAuthenticate(other);
    }

    @Test
    void anotherKeyCannotReadTheFile() throws Exception {
        StoredFile stored = store(random(1000));
        FileVault otherKey = new FileVault(root, key(2));
        assertThrows(StoredFileCorruptedException.class, () -> {
            try (InputStream in = otherKey.open(stored.id())) {
                in.readAllBytes();
            }
        });
    }

    @Test
    void anotherVaultWithTheSameKeyReadsTheFile() throws Exception {
        byte[] plaintext = random(1000);
        StoredFile stored = store(plaintext);
        try (InputStream in = new FileVault(root, key(1)).open(stored.id())) {
            assertArrayEquals(plaintext, in.readAllBytes());
        }
    }

    private static void truncate(Path file, long length) throws IOException {
        try (var channel = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            channel.truncate(length);
        }
    }

    // size limit

    @Test
    void aFileOfExactlyTheLimitIsStored() throws IOException {
        assertEquals(1000, vault.store(new ByteArrayInputStream(random(1000)), 1000).size());
        assertEquals(0, vault.store(InputStream.nullInputStream(), 0).size());
    }

    @Test
    void aFileOverTheLimitIsRefusedAndNothingStays() throws IOException {
        FileTooLargeException e = assertThrows(FileTooLargeException.class,
                () -> vault.store(new ByteArrayInputStream(random(1001)), 1000));
        assertEquals(1000, e.limit());
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
        assertEquals(List.of(), filesUnderRoot(), "neither a temporary nor a stored file");
    }

    @Test
    void anOversizedUploadIsNotReadToItsEnd() throws IOException {
        EndlessInput endless = new EndlessInput();
        assertThrows(FileTooLargeException.class, () -> vault.store(endless, 3 * SEGMENT));
        assertEquals(3L * SEGMENT + 1, endless.delivered, "one byte past the limit, no more");
        assertEquals(List.of(), filesUnderRoot());
    }

    @Test
    void aFailingUploadLeavesNothingBehind() throws IOException {
        InputStream failing = new InputStream() {
            private int delivered;

            @Override
            public int read() throws IOException {
                if (delivered++ == 2 * SEGMENT) {
                    throw new IOException("connection reset");
                }
                return 7;
            }
        };
        IOException e = assertThrows(IOException.class, () -> vault.store(failing, NO_LIMIT));
        assertEquals("connection reset", e.getMessage());
        assertEquals(List.of(), filesUnderRoot());
    }

    @Test
    void aNegativeLimitIsAProgrammingError() {
        assertThrows(IllegalArgumentException.class, () -> vault.store(InputStream.nullInputStream(), -1));
    }

    /** Zeros without end, counting how many were taken. */
    private static final class EndlessInput extends InputStream {
        long delivered;

        @Override
        public int read() {
            delivered++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            Arrays.fill(buffer, offset, offset + length, (byte) 0);
            delivered += length;
            return length;
        }
    }

    // ids

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..", "", "ABC", "abc", "0123456789abcdef0123456",
            "0123456789abcdef012345678", "0123456789ABCDEF01234567", "../../../../../../etc/passwd",
            "01/3456789abcdef01234567", "0123456789abcdef0123456\n", "tmp"})
    void aTextThatIsNotAnIdIsNotFound(String id) throws IOException {
        StoredFileNotFoundException e = assertThrows(StoredFileNotFoundException.class, () -> vault.open(id));
        assertEquals(id, e.id());
        assertFalse(e.getMessage().contains(id.isEmpty() ? "\u0000" : id), "caller text stays out of the message");
        vault.delete(id); // nothing to delete, nothing thrown
    }

    @Test
    void nullIsNotFound() {
        assertThrows(StoredFileNotFoundException.class, () -> vault.open(null));
    }

    @Test
    void anUnknownIdIsNotFound() {
        StoredFileNotFoundException e = assertThrows(StoredFileNotFoundException.class,
                () -> vault.open("0123456789abcdef01234567"));
        assertTrue(e.getMessage().contains("0123456789abcdef01234567"), e.getMessage());
    }

    @Test
    void aTemporaryFileCannotBeOpenedAsAStoredFile() throws IOException {
        Files.createDirectories(root.resolve("tmp"));
        Files.write(root.resolve("tmp").resolve("0123456789abcdef01234567.part"), new byte[10]);
        assertThrows(StoredFileNotFoundException.class, () -> vault.open("0123456789abcdef01234567"));
    }

    // delete

    @Test
    void deleteRemovesTheFileAndIsIdempotent() throws IOException {
        StoredFile stored = store(random(100));
        vault.delete(stored.id());
        assertFalse(Files.exists(fileOf(stored)));
        assertThrows(StoredFileNotFoundException.class, () -> vault.open(stored.id()));
        vault.delete(stored.id());
        vault.delete("0123456789abcdef01234567");
    }

    @Test
    void deleteLeavesOtherFiles() throws IOException {
        StoredFile kept = store(random(100));
        vault.delete(store(random(100)).id());
        assertArrayEquals(random(100), read(kept.id()));
    }

    // concatenate

    @Test
    void concatenateJoinsThePartsInTheGivenOrder() throws Exception {
        byte[] first = random(SEGMENT + 7);
        byte[] second = "second part".getBytes(StandardCharsets.US_ASCII);
        byte[] third = new byte[SEGMENT];
        Arrays.fill(third, (byte) 3);
        StoredFile a = store(first);
        StoredFile b = store(second);
        StoredFile empty = store(new byte[0]);
        StoredFile c = store(third);
        ByteArrayOutputStream expected = new ByteArrayOutputStream();
        expected.write(third);
        expected.write(first);
        expected.write(second);

        StoredFile joined = vault.concatenate(List.of(c.id(), a.id(), empty.id(), b.id()), NO_LIMIT);

        assertArrayEquals(expected.toByteArray(), read(joined.id()));
        assertEquals(expected.size(), joined.size());
        assertEquals(sha256(expected.toByteArray()), joined.sha256());
        assertNotEquals(a.id(), joined.id());
        assertArrayEquals(first, read(a.id()), "the parts stay");
    }

    @Test
    void concatenateCanRepeatAPart() throws Exception {
        StoredFile part = store("ab".getBytes(StandardCharsets.US_ASCII));
        StoredFile joined = vault.concatenate(List.of(part.id(), part.id(), part.id()), NO_LIMIT);
        assertEquals("ababab", new String(read(joined.id()), StandardCharsets.US_ASCII));
    }

    @Test
    void concatenateOfNothingIsAnEmptyFile() throws IOException {
        StoredFile joined = vault.concatenate(List.of(), NO_LIMIT);
        assertEquals(0, joined.size());
        assertArrayEquals(new byte[0], read(joined.id()));
    }

    @Test
    void concatenateWithAMissingPartWritesNothing() throws IOException {
        StoredFile part = store(random(100));
        List<Path> before = filesUnderRoot();
        StoredFileNotFoundException e = assertThrows(StoredFileNotFoundException.class,
                () -> vault.concatenate(List.of(part.id(), "0123456789abcdef01234567"), NO_LIMIT));
        assertEquals("0123456789abcdef01234567", e.id());
        assertThrows(StoredFileNotFoundException.class, () -> vault.concatenate(List.of("../x"), NO_LIMIT));
        assertEquals(before, filesUnderRoot());
    }

    @Test
    void concatenateOverTheLimitIsRefusedAndNothingStays() throws IOException {
        StoredFile part = store(random(600));
        List<Path> before = filesUnderRoot();
        FileTooLargeException e = assertThrows(FileTooLargeException.class,
                () -> vault.concatenate(List.of(part.id(), part.id()), 1000));
        assertEquals(1000, e.limit());
        assertEquals(before, filesUnderRoot());
    }

    @Test
    void concatenateOfATamperedPartFailsAndNothingStays() throws IOException {
        StoredFile good = store(random(100));
        StoredFile bad = store(random(100));
        byte[] ciphertext = Files.readAllBytes(fileOf(bad));
        ciphertext[50] ^= 1;
        Files.write(fileOf(bad), ciphertext);
        List<Path> before = filesUnderRoot();
        StoredFileCorruptedException e = assertThrows(StoredFileCorruptedException.class,
                () -> vault.concatenate(List.of(good.id(), bad.id()), NO_LIMIT));
        assertEquals(bad.id(), e.id());
        assertEquals(before, filesUnderRoot());
    }

    // temporaries

    @Test
    void sweepRemovesOnlyOldTemporaries() throws IOException {
        StoredFile stored = store(random(10));
        Path temporaries = root.resolve("tmp");
        Path stale = temporaries.resolve("0123456789abcdef01234567.part");
        Path fresh = temporaries.resolve("fedcba9876543210fedcba98.part");
        Files.write(stale, new byte[10]);
        Files.write(fresh, new byte[10]);
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofDays(2))));
        Files.setLastModifiedTime(fileOf(stored), FileTime.from(Instant.now().minus(Duration.ofDays(2))));

        assertEquals(1, vault.sweepTemporaries(Duration.ofHours(1)));

        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
        assertTrue(Files.exists(fileOf(stored)), "stored files are never swept");
        assertEquals(0, vault.sweepTemporaries(Duration.ofHours(1)));
    }

    @Test
    void sweepOfAVaultNeverWrittenToRemovesNothing(@TempDir Path empty) throws IOException {
        assertEquals(0, new FileVault(empty.resolve("files"), key(1)).sweepTemporaries(Duration.ZERO));
    }
}
