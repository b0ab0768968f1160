package org.assay.platform.query;

/**
 * Which page of results a client asked for.
 *
 * @param page zero-based page number
 * @param size the number of elements per page, at least 1
 */
public record PageRequest(int page, int size) {

    public PageRequest {
        if (page < 0 || size < 1) {
            throw new IllegalArgumentException("page must be >= 0 and size >= 1, got " + page + " and " + size);
        }
    }

    /**
     * The request from the client's {@code page} and {@code size} parameters; absent ones default to 0 and
     * {@code defaultSize}.
     *
     * @throws QueryException ("page" or "size") if page is negative or size is not within 1..maxSize
     */
    public static PageRequest of(Integer page, Integer size, int defaultSize, int maxSize) {
        if (defaultSize < 1 || defaultSize > maxSize) {
            throw new IllegalArgumentException("defaultSize must be within 1.." + maxSize + ", got " + defaultSize);
        }
        int p = page == null ? 0 : page;
        int s = size == null ? defaultSize : size;
        if (p < 0) {
            throw new QueryException("page", "must be 0 or more, got " + p);
        }
        if (s < 1 || s > maxSize) {
            throw new QueryException("size", "must be between 1 and " + maxSize + ", got " + s);
        }
        return new PageRequest(p, s);
    }

    /** The index of the page's first element among all results. */
    public long offset() {
        return (long) page * size;
    }
}
