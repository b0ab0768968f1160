package org.assay.platform.entity;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * Entity ids in the MindBridge form: 24 lowercase hexadecimal characters (12 bytes, laid out like a MongoDB
 * ObjectId). Seconds since the epoch come first, so ids sort roughly by creation time, which gives queries a stable
 * and natural default order; 5 random bytes and a 3-byte counter make them unique across nodes without coordination.
 */
public final class ObjectIds {

    private static final Pattern FORMAT = Pattern.compile("[0-9a-f]{24}");
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] NODE = new byte[5];
    private static final AtomicInteger COUNTER;

    static {
        RANDOM.nextBytes(NODE);
        COUNTER = new AtomicInteger(RANDOM.nextInt());
    }

    private ObjectIds() {
    }

    /** A new id. */
    public static String next() {
        return next(Instant.now());
    }

    static String next(Instant at) {
        byte[] bytes = new byte[12];
        int seconds = (int) at.getEpochSecond();
        bytes[0] = (byte) (seconds >>> 24);
        bytes[1] = (byte) (seconds >>> 16);
        bytes[2] = (byte) (seconds >>> 8);
        bytes[3] = (byte) seconds;
        System.arraycopy(NODE, 0, bytes, 4, 5);
        int count = COUNTER.getAndIncrement();
        bytes[9] = (byte) (count >>> 16);
        bytes[10] = (byte) (count >>> 8);
        bytes[11] = (byte) count;
        return HexFormat.of().formatHex(bytes);
    }

    /** Whether the text has the shape of an id (it may still name nothing). */
    public static boolean isValid(String candidate) {
        return candidate != null && FORMAT.matcher(candidate).matches();
    }
}
