package org.assay.files.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileEncryptionKeyTest {

    @TempDir
    Path dir;

    private Path keyFile() {
        return dir.resolve(FileEncryptionKey.KEY_FILE);
    }

    private static String base64(int length, int fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private static FileEncryptionKey fromDirectory(Path directory) {
        return FileEncryptionKey.fromConfigOrDirectory(Optional.empty(), directory);
    }

    private long filesIn(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.count();
        }
    }

    @Test
    void withoutConfigurationAKeyIsGeneratedIntoFilesKey() throws IOException {
        FileEncryptionKey key = fromDirectory(dir);
        byte[] inFile = Base64.getDecoder().decode(Files.readString(keyFile(), StandardCharsets.US_ASCII).trim());
        assertEquals(32, inFile.length);
        assertArrayEquals(inFile, key.bytes());
        assertEquals(1, filesIn(dir), "only the key file, no temporary");
    }

    @Test
    void theGeneratedKeyIsReusedOnTheNextStart() throws IOException {
        FileEncryptionKey first = fromDirectory(dir);
        String fileBefore = Files.readString(keyFile());
        FileEncryptionKey second = FileEncryptionKey.fromConfigOrDirectory(Optional.of("  "), dir);
        assertArrayEquals(first.bytes(), second.bytes());
        assertEquals(fileBefore, Files.readString(keyFile()), "an existing key is never overwritten");
    }

    @Test
    void differentDirectoriesGetDifferentKeys(@TempDir Path other) {
        assertFalse(Arrays.equals(fromDirectory(dir).bytes(), fromDirectory(other).bytes()));
    }

    @Test
    void generationCreatesMissingDirectories() {
        Path nested = dir.resolve("a").resolve("b");
        fromDirectory(nested);
        assertTrue(Files.isRegularFile(nested.resolve(FileEncryptionKey.KEY_FILE)));
    }

    @Test
    void theGeneratedKeyFileIsReadableByTheOwnerOnly() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX file system");
        fromDirectory(dir);
        assertEquals(EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE),
                Files.getPosixFilePermissions(keyFile()));
    }

    @Test
    void aConfiguredKeyWinsAndNoFileIsWritten() throws IOException {
        Files.writeString(keyFile(), base64(32, 1));
        FileEncryptionKey key = FileEncryptionKey.fromConfigOrDirectory(Optional.of(" " + base64(32, 2) + "\n"), dir);
        byte[] expected = new byte[32];
        Arrays.fill(expected, (byte) 2);
        assertArrayEquals(expected, key.bytes());
        Files.delete(keyFile());
        FileEncryptionKey.fromConfigOrDirectory(Optional.of(base64(32, 2)), dir);
        assertEquals(0, filesIn(dir));
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 16, 31, 33, 64})
    void aConfiguredKeyOfAnotherLengthIsRefused(int length) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileEncryptionKey.fromConfigOrDirectory(Optional.of(base64(length, 1)), dir));
        assertTrue(e.getMessage().contains("configured file encryption key"), e.getMessage());
        assertTrue(e.getMessage().contains("must be 32 bytes"), e.getMessage());
        assertTrue(e.getMessage().contains("it has " + length + " bytes"), e.getMessage());
    }

    @Test
    void aConfiguredKeyThatIsNotBase64IsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FileEncryptionKey.fromConfigOrDirectory(Optional.of("not base64 at all!"), dir));
        assertTrue(e.getMessage().contains("not Base64"), e.getMessage());
    }

    @Test
    void aKeyFileOfAnotherLengthIsRefusedAndNotReplaced() throws IOException {
        Files.writeString(keyFile(), base64(16, 1));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> fromDirectory(dir));
        assertTrue(e.getMessage().contains(keyFile().toString()), e.getMessage());
        assertEquals(base64(16, 1), Files.readString(keyFile()), "a broken key must not be silently replaced");
    }

    @Test
    void aKeyFileWrittenByAnAdministratorIsUsed() throws IOException {
        Files.writeString(keyFile(), base64(32, 5) + "\r\n");
        byte[] expected = new byte[32];
        Arrays.fill(expected, (byte) 5);
        assertArrayEquals(expected, fromDirectory(dir).bytes());
    }

    @Test
    void rawKeysMustHaveThirtyTwoBytesAndAreCopied() {
        assertThrows(IllegalArgumentException.class, () -> FileEncryptionKey.of(new byte[31]));
        byte[] bytes = new byte[32];
        FileEncryptionKey key = FileEncryptionKey.of(bytes);
        bytes[0] = 1;
        assertEquals(0, key.bytes()[0]);
        key.bytes()[1] = 1;
        assertEquals(0, key.bytes()[1]);
    }
}
