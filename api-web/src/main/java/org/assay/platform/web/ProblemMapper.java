package org.assay.platform.web;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.assay.access.ClientAddresses;
import org.assay.access.RateLimits;
import org.assay.platform.boundary.AuthenticationFailedException;

/**
 * The one exception mapper: every failure leaves as problem JSON (see {@link ProblemClassifier}); never a stack
 * trace. A 500 is logged with its request id, which the answer's {@code instance} repeats.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());

    @Context
    HttpServletRequest request;

    @Inject
    RateLimits rateLimits;

    @Inject
    ClientAddresses clientAddresses;

    @Override
    public Response toResponse(Throwable failure) {
        ProblemClassifier.Classified problem = ProblemClassifier.classify(failure);
        String requestId = RequestIds.of(request);
        if (failure instanceof AuthenticationFailedException refused) {
            if (rateLimits.enabled()) {
                rateLimits.consume(RateLimits.Policy.FAILURES, clientAddresses.of(request)); // e.g. a wrong password
            }
            LOG.info(() -> "Request " + requestId + " " + request.getRequestURI() + " from " + request.getRemoteAddr()
                    + " refused: " + refused.internalReason());
        }
        if (problem.unexpected()) {
            LOG.log(Level.SEVERE, "Request " + requestId + " " + request.getMethod() + " " + request.getRequestURI()
                    + " failed", failure);
        }
        Response.ResponseBuilder response = Response.status(problem.status())
                .type(ProblemBody.MEDIA_TYPE)
                .header(RequestIds.HEADER, requestId)
                .entity(ProblemBody.of(problem.slug(), problem.title(), problem.status(), requestId,
                        request.getRequestURI(), problem.problems(), problem.entityType(), problem.entityId()));
        if (failure instanceof WebApplicationException web && web.getResponse() != null) {
            // keep what the failure says about the resource, e.g. Allow on a 405
            web.getResponse().getHeaders().forEach((name, values) -> {
                if (name.equalsIgnoreCase(HttpHeaders.ALLOW)) {
                    values.forEach(value -> response.header(name, value));
                }
            });
        }
        if (problem.status() == 401) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.INVALID_TOKEN);
        } else if (problem.status() == 403) {
            response.header(HttpHeaders.WWW_AUTHENTICATE, BearerChallenge.INSUFFICIENT_SCOPE);
        }
        return response.build();
    }
}
