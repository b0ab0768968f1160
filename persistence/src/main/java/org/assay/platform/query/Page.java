package org.assay.platform.query;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of query results and where it lies among all of them.
 *
 * @param content       this page's elements (at most pageSize; empty past the last page)
 * @param pageNumber    zero-based page number
 * @param pageSize      the requested page size
 * @param totalElements the number of results on all pages
 */
public record Page<T>(List<T> content, int pageNumber, int pageSize, long totalElements) {

    public Page {
        content = List.copyOf(Objects.requireNonNull(content, "content"));
        if (pageNumber < 0 || pageSize < 1 || totalElements < 0) {
            throw new IllegalArgumentException("bad page " + pageNumber + " of size " + pageSize
                    + " with total " + totalElements);
        }
    }

    /** ceil(totalElements / pageSize). */
    public int totalPages() {
        return (int) Math.min(Integer.MAX_VALUE, (totalElements + pageSize - 1) / pageSize);
    }

    public int numberOfElements() {
        return content.size();
    }

    public boolean first() {
        return pageNumber == 0;
    }

    /** Whether there is no page after this one. */
    public boolean last() {
        return pageNumber >= totalPages() - 1;
    }

    public <R> Page<R> map(Function<T, R> f) {
        return new Page<>(content.stream().map(f).toList(), pageNumber, pageSize, totalElements);
    }
}
