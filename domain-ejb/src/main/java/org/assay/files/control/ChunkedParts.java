package org.assay.files.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.assay.files.entity.ChunkedFile;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;

/**
 * The bookkeeping of a chunked upload: each part declares where it lies in the file, parts stay within the file's
 * declared size and never overlap, so that once they cover it they join into exactly the file that was sent.
 */
public final class ChunkedParts {

    private ChunkedParts() {
    }

    /** What is wrong with the declared offset and size of a new part of a file of {@code fileSize} bytes. */
    public static List<Problem> check(long fileSize, int partsSoFar, Long offset, Long size) {
        List<Problem> problems = new ArrayList<>();
        if (offset == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "offset", "offset is required"));
        } else if (offset < 0) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, "offset", "offset must not be negative"));
        }
        if (size == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "size", "size is required"));
        } else if (size < 1) {
            problems.add(Problem.error(ProblemType.GREATER_VALUE_REQUIRED, "size", "size must be at least 1"));
        }
        if (problems.isEmpty() && offset > fileSize - size) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "size",
                    "offset + size must not exceed the file's size of " + fileSize + " bytes"));
        }
        if (partsSoFar >= ChunkedFile.MAX_PARTS) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "offset",
                    "a chunked file has at most " + ChunkedFile.MAX_PARTS + " parts"));
        }
        return problems;
    }

    /** The received part that the range {@code [offset, offset + size)} overlaps, if any. */
    public static Optional<ChunkedFile.Part> overlapping(List<ChunkedFile.Part> parts, long offset, long size) {
        long end = offset + size;
        return parts.stream().filter(part -> part.getOffset() < end && offset < part.end()).findFirst();
    }

    /** How many of the file's bytes have arrived. */
    public static long received(List<ChunkedFile.Part> parts) {
        return parts.stream().mapToLong(ChunkedFile.Part::getSize).sum();
    }
}
