package org.assay.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses API requests whose headers together exceed {@code assay.http.max-header-bytes} (16 KiB by default) with
 * a 400 problem answer naming the limit. Undertow's own cap ({@code assay.http.max-header-size}, set higher by the
 * CLI script) stays as the hard stop for anything larger, answered by the server with a bare 400.
 */
@WebFilter(urlPatterns = {"/api/v1/*", "/auth/*"})
public class HeaderLimitFilter extends HttpFilter {

    static final long DEFAULT_MAX_HEADER_BYTES = 16_384;

    private long limit;

    @Override
    public void init() {
        limit = ConfigProvider.getConfig().getOptionalValue("assay.http.max-header-bytes", Long.class)
                .orElse(DEFAULT_MAX_HEADER_BYTES);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long total = 0;
        for (String name : Collections.list(request.getHeaderNames())) {
            for (String value : Collections.list(request.getHeaders(name))) {
                total += name.length() + value.length() + 4; // "name: value\r\n"
            }
        }
        if (total > limit) {
            request.setAttribute(ProblemErrorServlet.REASON,
                    "the request headers total " + total + " bytes; at most " + limit + " are accepted");
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(request, response);
    }
}
