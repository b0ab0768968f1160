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
import java.util.Optional;
import java.util.logging.Logger;
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

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null) {
            return context.isProtected()
                    ? refuse(request, response, BearerChallenge.MISSING, "a bearer credential is required")
                    : context.doNothing();
        }
        Verification verification = credential(header)
                .map(credential -> verify(credential, request))
                .orElseGet(() -> Verification.refused("malformed Authorization header"));
        if (verification.succeeded()) {
            if (verification.expires() != null) {
                response.setHeader(TOKEN_EXPIRES_HEADER, verification.expires().toString());
            }
            return context.notifyContainerAboutLogin(verification.identity().principalName(),
                    verification.identity().groups());
        }
        LOG.info(() -> "Refused credential for " + request.getMethod() + " " + request.getRequestURI() + " from "
                + request.getRemoteAddr() + " (request " + RequestIds.of(request) + "): " + verification.refusal());
        return context.isProtected()
                ? refuse(request, response, BearerChallenge.INVALID_TOKEN, "the credential is invalid or expired")
                : context.doNothing();
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
