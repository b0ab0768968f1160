package org.assay.files.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throughput of the vault on this machine, printed, never asserted. Off by default; run with
 * {@code mvn test -pl domain-ejb -am -Dtest=FileVaultThroughputTest -Dsurefire.failIfNoSpecifiedTests=false
 * -Dassay.benchmark=true [-Dassay.benchmark.mib=1024]}.
 */
@EnabledIfSystemProperty(named = "assay.benchmark", matches = "true")
class FileVaultThroughputTest {

    private static final int MIB = 1 << 20;

    @TempDir
    Path root;

    @Test
    void measure() throws Exception {
        long size = Long.getLong("assay.benchmark.mib", 1024) * MIB;
        byte[] key = new byte[FileEncryptionKey.BYTES];
        new Random(1).nextBytes(key);
        FileVault vault = new FileVault(root, FileEncryptionKey.of(key));
        FileCipher cipher = new FileCipher(FileEncryptionKey.of(key));

        for (int round = 0; round < 2; round++) { // the first round warms the JIT up
            long bytes = round == 0 ? Math.min(size, 256L * MIB) : size;
            String label = round == 0 ? "warm-up" : "measured";

            long start = System.nanoTime();
            StoredFile stored = vault.store(new SyntheticPlaintext(bytes), Long.MAX_VALUE);
            report(label, "store (SHA-256 + encrypt + write + fsync)", bytes, start);

            start = System.nanoTime();
            try (InputStream in = vault.open(stored.id())) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            report(label, "open (read + decrypt + verify)", bytes, start);
            vault.delete(stored.id());

            start = System.nanoTime();
            try (OutputStream out = cipher.encrypting(OutputStream.nullOutputStream(), stored.id())) {
                new SyntheticPlaintext(bytes).transferTo(out);
            }
            report(label, "encrypt only, in memory", bytes, start);

            start = System.nanoTime();
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[MeasuredCopy.BUFFER_BYTES];
            try (InputStream in = new SyntheticPlaintext(bytes)) {
                for (int read; (read = in.read(buffer)) != -1; ) {
                    sha256.update(buffer, 0, read);
                }
            }
            report(label, "SHA-256 only", bytes, start);
        }
    }

    private static void report(String round, String what, long bytes, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        System.out.printf(Locale.ROOT, "[%s] %-45s %6d MiB in %6.2f s = %7.1f MiB/s%n",
                round, what, bytes / MIB, seconds, bytes / (double) MIB / seconds);
    }

    /** {@code size} bytes of a repeated random block: incompressible enough, and never held in memory whole. */
    private static final class SyntheticPlaintext extends InputStream {
        private static final byte[] BLOCK = new byte[MIB];

        static {
            new Random(7).nextBytes(BLOCK);
        }

        private long remaining;

        SyntheticPlaintext(long size) {
            this.remaining = size;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? BLOCK[(int) (remaining % MIB)] & 0xff : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int position = (int) (remaining % MIB);
            int count = (int) Math.min(Math.min(length, remaining), BLOCK.length - position);
            System.arraycopy(BLOCK, position, buffer, offset, count);
            remaining -= count;
            return count;
        }
    }
}
