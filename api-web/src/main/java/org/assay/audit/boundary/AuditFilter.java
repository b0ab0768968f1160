package org.assay.audit.boundary;

import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.security.Principal;
import java.time.Clock;
import java.util.Optional;
import org.assay.access.ClientAddresses;
import org.assay.access.boundary.CallerIdentity;
import org.assay.audit.entity.AuditEventType;
import org.assay.audit.entity.AuditRecord;
import org.assay.platform.boundary.RequestOrigin;
import org.assay.platform.web.RequestIds;
import org.assay.tokens.boundary.TokenRegistry;
import org.assay.tokens.boundary.TokenSnapshot;

/**
 * Records every admitted API call in the audit log: who (user, token and partial token — never the secret), from
 * where, what (method, route template, resource ids), the status and the latency. Calls refused by the
 * authentication mechanism are recorded there, as security events. Recording is an in-memory append.
 */
@WebFilter(urlPatterns = {"/api/v1/*", "/auth/*"}, dispatcherTypes = DispatcherType.REQUEST)
public class AuditFilter extends HttpFilter {

    /** Request attributes set by {@link RouteRecorder} once JAX-RS has matched the resource method. */
    public static final String ROUTE = AuditFilter.class.getName() + ".route";
    public static final String RESOURCE_IDS = AuditFilter.class.getName() + ".resourceIds";

    @Inject
    AuditQueue audit;

    @Inject
    RequestOrigin origin;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    TokenRegistry tokens;

    @Inject
    Clock clock;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long started = System.nanoTime();
        String requestId = RequestIds.of(request);
        String client = clientAddresses.of(request);
        String userAgent = request.getHeader("User-Agent");
        origin.set(requestId, client, userAgent);
        try {
            chain.doFilter(request, response);
        } finally {
            Principal principal = request.getUserPrincipal();
            String userId = principal == null ? null : CallerIdentity.userIdOf(principal.getName());
            String tokenId = principal == null ? null : CallerIdentity.tokenIdOf(principal.getName()).orElse(null);
            String partialToken = tokenId == null ? null
                    : tokens.cached(tokenId).map(TokenSnapshot::partialToken).orElse(null);
            Object route = request.getAttribute(ROUTE);
            int status = response.getStatus();
            audit.record(new AuditRecord(clock.instant(),
                    status == 403 ? AuditEventType.PERMISSION_DENIED : AuditEventType.API_REQUEST, requestId, userId,
                    tokenId, partialToken, client, userAgent, request.getMethod(),
                    route != null ? route.toString() : request.getRequestURI(),
                    Optional.ofNullable(request.getAttribute(RESOURCE_IDS)).map(Object::toString).orElse(null),
                    status, (System.nanoTime() - started) / 1_000_000, null));
        }
    }
}
