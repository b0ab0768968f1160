package org.assay.platform.web;

import jakarta.json.JsonObject;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.assay.platform.boundary.QueryRequest;

/**
 * The paging parameters of every {@code POST /<resource>/query}: {@code page} (zero-based), {@code size} and
 * repeatable {@code sort=field,asc|desc}. Taken as text so that a bad value is a 400 naming it, not JAX-RS's 404.
 */
public class QueryParams {

    @QueryParam("page")
    String page;

    @QueryParam("size")
    String size;

    @QueryParam("sort")
    List<String> sort;

    public QueryRequest with(JsonObject filter) {
        return new QueryRequest(filter, page, size, sort);
    }

    public boolean sorted() {
        return sort != null && !sort.isEmpty();
    }

    /** Wraps a page of results in the reference's envelope. */
    public <T> PageEnvelope<T> envelope(org.assay.platform.query.Page<T> page) {
        return PageEnvelope.of(page, sorted());
    }
}
