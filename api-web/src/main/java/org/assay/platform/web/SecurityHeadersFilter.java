package org.assay.platform.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Response headers every answer carries, including the container's own error answers: no MIME sniffing, no
 * framing (clickjacking), no referrer, HSTS on HTTPS, and — for the API and the identity provider, whose answers
 * may hold personal data or credentials — no caching. Everything but Swagger UI (whose bundle sets inline styles)
 * gets a strict Content-Security-Policy: the API page and the activation page load only their own scripts, styles
 * and images and talk only to this origin.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.ERROR})
public class SecurityHeadersFilter extends HttpFilter {

    private static final String HSTS = "max-age=31536000; includeSubDomains";

    /** The policy of the API page, its assets and every other answer except Swagger UI's. */
    static final String STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

    /** Swagger UI renders with inline styles: it keeps the framing ban only. */
    static final String SWAGGER_CSP = "frame-ancestors 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        String path = request.getRequestURI();
        response.setHeader("Content-Security-Policy", policyFor(path));
        response.setHeader("Referrer-Policy", "no-referrer");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", HSTS);
        }
        if (path.startsWith("/api/v1/") || path.startsWith("/auth/") || path.startsWith(ProblemErrorServlet.PATH)) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }

    static String policyFor(String path) {
        return path.startsWith("/api/docs") || path.startsWith("/webjars/") ? SWAGGER_CSP : STRICT_CSP;
    }
}
