package org.assay.access;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import org.assay.access.boundary.CallerIdentity;
import org.assay.access.boundary.EmbeddedIssuer;
import org.assay.platform.control.Jsons;
import org.assay.users.boundary.Authentication;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies JWTs with MicroProfile JWT (SmallRye). A token whose {@code iss} is the embedded issuer is checked
 * against the embedded key pair and names its user by id ({@code sub}); any other token is checked against the
 * identity provider configured through the standard {@code mp.jwt.verify.*} keys and names its user by email.
 * Either way the user must exist in Assay and be enabled, and its groups come from its current role.
 */
@ApplicationScoped
public class JwtVerifier implements CredentialVerifier {

    @Inject
    JWTParser parser;

    @Inject
    EmbeddedIssuer embeddedIssuer;

    @Inject
    Authentication authentication;

    @Inject
    Config config;

    private volatile JWTAuthContextInfo embeddedContext;

    @Override
    public boolean recognises(String credential) {
        return credential.chars().filter(c -> c == '.').count() == 2;
    }

    @Override
    public Verification verify(String token, HttpServletRequest request) {
        Optional<String> issuer = unverifiedIssuer(token);
        if (issuer.isEmpty()) {
            return Verification.refused("malformed JWT");
        }
        try {
            Optional<CallerIdentity> identity;
            if (embeddedIssuer.enabled() && embeddedIssuer.issuer().equals(issuer.get())) {
                JsonWebToken jwt = parser.parse(token, embeddedContext());
                identity = authentication.identifyById(jwt.getSubject());
            } else if (externalProviderConfigured()) {
                JsonWebToken jwt = parser.parse(token);
                identity = authentication.identifyByEmail(emailOf(jwt));
            } else {
                return Verification.refused("JWT from untrusted issuer " + issuer.get());
            }
            return identity.map(Verification::of)
                    .orElseGet(() -> Verification.refused("JWT names no enabled user"));
        } catch (ParseException e) {
            return Verification.refused("JWT rejected: " + e.getMessage());
        }
    }

    private JWTAuthContextInfo embeddedContext() {
        if (embeddedContext == null) {
            JWTAuthContextInfo context = new JWTAuthContextInfo(embeddedIssuer.publicKey(), embeddedIssuer.issuer());
            context.setExpGracePeriodSecs(0);
            embeddedContext = context;
        }
        return embeddedContext;
    }

    private boolean externalProviderConfigured() {
        return config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
    }

    private static String emailOf(JsonWebToken jwt) {
        for (String claim : new String[] {"email", "upn", "preferred_username"}) {
            Object value = jwt.getClaim(claim);
            if (value instanceof JsonString s) {
                return s.getString();
            }
            if (value instanceof String s) {
                return s;
            }
        }
        return null;
    }

    /** The {@code iss} claim read without verification, only to choose the verifying key. */
    private static Optional<String> unverifiedIssuer(String token) {
        try {
            String payload = token.split("\\.", -1)[1];
            String json = new String(Base64.getUrlDecoder().decode(payload), StandardCharsets.UTF_8);
            JsonObject claims = Jsons.PROVIDER.createReader(new StringReader(json)).readObject();
            return Optional.ofNullable(claims.getString("iss", null));
        } catch (IllegalArgumentException | JsonException | ClassCastException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }
}
