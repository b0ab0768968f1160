package org.assay.platform.web;

import java.util.List;
import org.assay.platform.query.Page;

/**
 * The reference's page envelope ({@code ApiPage<X>}) with the deprecated Spring fields it still models, so that
 * any client reading either set works. The official client reads only {@code content} and stops at the first
 * empty page.
 */
public record PageEnvelope<T>(List<T> content, int pageNumber, int pageSize, int totalPages, long totalElements,
        int numberOfElements, boolean first, boolean last, boolean empty, int size, int number, Pageable pageable,
        Sort sort) {

    /** Spring's {@code sort} object. */
    public record Sort(boolean sorted, boolean unsorted, boolean empty) {
    }

    /** Spring's {@code pageable} object. */
    public record Pageable(int pageNumber, int pageSize, long offset, Sort sort, boolean paged, boolean unpaged) {
    }

    public static <T> PageEnvelope<T> of(Page<T> page, boolean sorted) {
        Sort sort = new Sort(sorted, !sorted, !sorted);
        Pageable pageable = new Pageable(page.pageNumber(), page.pageSize(),
                (long) page.pageNumber() * page.pageSize(), sort, true, false);
        return new PageEnvelope<>(page.content(), page.pageNumber(), page.pageSize(), page.totalPages(),
                page.totalElements(), page.numberOfElements(), page.first(), page.last(), page.content().isEmpty(),
                page.pageSize(), page.pageNumber(), pageable, sort);
    }
}
