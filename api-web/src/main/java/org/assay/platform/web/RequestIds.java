package org.assay.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;

/**
 * The id of the current request: the {@code instance} of every problem answer, the {@code X-Request-Id} response
 * header and the key that ties a 500 answer to its server-log line. Made on first use and kept on the request,
 * so the authentication mechanism (which runs before JAX-RS) and the exception mapper agree on it.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final String ATTRIBUTE = RequestIds.class.getName();

    private RequestIds() {
    }

    public static String of(HttpServletRequest request) {
        Object id = request.getAttribute(ATTRIBUTE);
        if (id == null) {
            id = UUID.randomUUID().toString();
            request.setAttribute(ATTRIBUTE, id);
        }
        return (String) id;
    }
}
