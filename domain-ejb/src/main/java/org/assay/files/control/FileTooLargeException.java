package org.assay.files.control;

/** More bytes arrived than the caller allowed; nothing of them was kept. */
public class FileTooLargeException extends RuntimeException {

    private final long limit;

    public FileTooLargeException(long limit) {
        super("the file exceeds the limit of " + limit + " bytes");
        this.limit = limit;
    }

    /** The number of bytes that was allowed. */
    public long limit() {
        return limit;
    }
}
