package org.assay.access;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.Optional;
import java.util.logging.Logger;
import org.assay.access.boundary.CallerIdentity;
import org.assay.audit.boundary.AuditQueue;
import org.assay.audit.entity.AuditEventType;
import org.assay.audit.entity.AuditRecord;
import org.assay.platform.web.BearerChallenge;
import org.assay.platform.web.ProblemErrorServlet;
import org.assay.platform.web.RequestIds;

/**
 * The one authentication mechanism: reads {@code Authorization: Bearer <credential>}, lets the matching
 * {@link CredentialVerifier} check it, and tells the container who is calling and with which groups, so that
 * {@code @RolesAllowed} works on resources and EJB façades alike. A protected path ({@code /api/v1/*}, see web.xml)
 * without a valid credential gets 401 problem JSON; the precise reason is only logged.
 * <p>
 * {@code @Alternative @Priority}: MicroProfile JWT registers its own mechanism bean; this one must win.
 */
@ApplicationScoped
@Alternative
@Priority(Interceptor.Priority.APPLICATION)
public class BearerAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Logger LOG = Logger.getLogger(BearerAuthenticationMechanism.class.getName());
    private static final String SCHEME = "bearer ";
    /** On every token-authenticated answer: when the token stops working (ISO-8601 instant). */
    public static final String TOKEN_EXPIRES_HEADER = "X-Assay-Token-Expires";

    @Inject
    Instance<CredentialVerifier> verifiers;

    @Inject
    ClientAddresses clientAddresses;

    @Inject
    RateLimits rateLimits;

    @Inject
    AuditQueue audit;

    @Inject
    Clock clock;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String client = clientAddresses.of(request);
        if (rateLimits.enabled()) {
            // an address that keeps failing is not even heard: no verification, no database work
            RateLimits.Decision failures = rateLimits.peek(RateLimits.Policy.FAILURES, client);
            if (!failures.allowed()) {
                return throttle(request, response, failures, client, null);
            }
            rateLimits.endBurst(RateLimits.Policy.FAILURES, client);
        }
        String header = request.getHeader("Authorization");
        if (header == null) {
            if (context.isProtected()) {
                countFailure(client);
                audit(request, client, AuditEventType.AUTHENTICATION_FAILED, null, "no credential");
                return refuse(request, response, BearerChallenge.MISSING, "a bearer credential is required");
            }
            RateLimits.Decision anonymous = rateLimits.enabled()
                    ? rateLimits.consume(RateLimits.Policy.ANONYMOUS, client) : null;
            if (anonymous != null && !anonymous.allowed()) {
                return throttle(request, response, anonymous, client, null);
            }
            if (anonymous != null) {
                rateLimits.endBurst(RateLimits.Policy.ANONYMOUS, client);
            }
            return context.doNothing();
        }
        Verification verification = credential(header)
                .map(credential -> verify(credential, request))
                .orElseGet(() -> Verification.refused("malformed Authorization header"));
        if (verification.succeeded()) {
            return admit(request, response, context, verification, client);
        }
        LOG.info(() -> "Refused credential for " + request.getMethod() + " " + LogText.quote(request.getRequestURI()) + " from "
                + client + " (request " + RequestIds.of(request) + "): " + verification.refusal());
        countFailure(client);
        audit(request, client, AuditEventType.AUTHENTICATION_FAILED, null, verification.refusal());
        return context.isProtected()
                ? refuse(request, response, BearerChallenge.INVALID_TOKEN, "the credential is invalid or expired")
                : context.doNothing();
    }

    /** Lets a verified caller in, unless it is over its own rate limit. */
    private AuthenticationStatus admit(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context, Verification verification, String client) {
        if (rateLimits.enabled()) {
            String caller = verification.identity().principalName();
            RateLimits.Decision decision = rateLimits.consume(RateLimits.Policy.CALLER, caller);
            if (!decision.allowed()) {
                return throttle(request, response, decision, client, caller);
            }
            rateLimits.endBurst(RateLimits.Policy.CALLER, caller);
            response.setHeader("RateLimit-Policy", decision.policyHeader());
            response.setHeader("RateLimit", decision.stateHeader());
        }
        if (verification.expires() != null) {
            response.setHeader(TOKEN_EXPIRES_HEADER, verification.expires().toString());
        }
        return context.notifyContainerAboutLogin(verification.identity().principalName(),
                verification.identity().groups());
    }

    /** A security event of the mechanism; the principal, when known, names the user and token. */
    private void audit(HttpServletRequest request, String client, AuditEventType type, String principal,
            String detail) {
        audit.record(new AuditRecord(clock.instant(), type, RequestIds.of(request),
                principal == null ? null : CallerIdentity.userIdOf(principal),
                principal == null ? null : CallerIdentity.tokenIdOf(principal).orElse(null), null, client,
                request.getHeader("User-Agent"), request.getMethod(), request.getRequestURI(), null, null, null,
                detail));
    }

    private void countFailure(String client) {
        if (rateLimits.enabled()) {
            rateLimits.consume(RateLimits.Policy.FAILURES, client);
        }
    }

    /**
     * Answers 429 with the standard headers (the error page renders the problem JSON). The audit log gets one
     * record when a caller's or address's burst of refusals starts, not one per refused request.
     */
    private AuthenticationStatus throttle(HttpServletRequest request, HttpServletResponse response,
            RateLimits.Decision decision, String client, String caller) {
        String key = caller != null ? caller : client;
        if (rateLimits.startsBurst(decision.policy(), key)) {
            audit(request, client, AuditEventType.RATE_LIMITED, caller, "over the " + decision.policy().name
                    + " limit of " + decision.limit() + " requests per " + decision.windowSeconds() + " s");
        }
        request.setAttribute(ProblemErrorServlet.REASON, "rate limit exceeded: at most " + decision.limit()
                + " requests per " + decision.windowSeconds() + " s (" + decision.policy().name().toLowerCase()
                + "); retry after " + decision.resetSeconds() + " s");
        response.setHeader("Retry-After", Long.toString(decision.resetSeconds()));
        response.setHeader("RateLimit-Policy", decision.policyHeader());
        response.setHeader("RateLimit", decision.stateHeader());
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        try {
            response.sendError(429);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private Verification verify(String credential, HttpServletRequest request) {
        for (CredentialVerifier verifier : verifiers) {
            if (verifier.recognises(credential)) {
                return verifier.verify(credential, request);
            }
        }
        return Verification.refused("unrecognised credential format");
    }

    private static Optional<String> credential(String header) {
        if (header.length() <= SCHEME.length() || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return Optional.empty();
        }
        String credential = header.substring(SCHEME.length()).trim();
        return credential.isEmpty() || credential.length() > 8192 || credential.chars().anyMatch(Character::isWhitespace)
                ? Optional.empty() : Optional.of(credential);
    }

    /** Answers 401; the container's error page ({@link ProblemErrorServlet}) renders the problem JSON body. */
    private static AuthenticationStatus refuse(HttpServletRequest request, HttpServletResponse response,
            String challenge, String reason) {
        request.setAttribute(ProblemErrorServlet.REASON, reason);
        response.setHeader("WWW-Authenticate", challenge);
        response.setHeader(RequestIds.HEADER, RequestIds.of(request));
        try {
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
