package org.assay.access;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.assay.access.boundary.CallerIdentity;
import org.assay.access.boundary.EmbeddedIssuer;
import org.assay.platform.control.Jsons;
import org.assay.users.boundary.Authentication;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Verifies JWTs with MicroProfile JWT (SmallRye). A token whose {@code iss} is the embedded issuer is checked
 * against the embedded key pair and names its user by id ({@code sub}); any other token is checked against the
 * identity provider configured through the standard {@code mp.jwt.verify.*} keys (key, issuer and audience all
 * required) and names its user by a verified email.
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

    private static final Logger LOG = Logger.getLogger(JwtVerifier.class.getName());

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
                Optional<String> email = verifiedEmailOf(jwt);
                if (email.isEmpty()) {
                    return Verification.refused("external JWT without a verified email claim");
                }
                identity = authentication.identifyByEmail(email.get());
            } else {
                return Verification.refused("JWT from untrusted issuer " + LogText.quote(issuer.get()));
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
            context.setClockSkew(0); // SmallRye's default accepts tokens for 60 s after they expire
            embeddedContext = context;
        }
        return embeddedContext;
    }

    /**
     * An external provider is trusted only with its key, its issuer and the audience Assay expects: without the
     * last two, any token the provider signs for any application would be accepted (SmallRye checks neither
     * unless configured).
     */
    private boolean externalProviderConfigured() {
        boolean key = config.getOptionalValue("mp.jwt.verify.publickey.location", String.class).isPresent()
                || config.getOptionalValue("mp.jwt.verify.publickey", String.class).isPresent();
        if (!key) {
            return false;
        }
        boolean bound = config.getOptionalValue("mp.jwt.verify.issuer", String.class).isPresent()
                && config.getOptionalValue("mp.jwt.verify.audiences", String.class).isPresent();
        if (!bound) {
            LOG.warning("An external JWT key is configured without mp.jwt.verify.issuer and mp.jwt.verify.audiences:"
                    + " external JWTs are refused until both are set");
        }
        return bound;
    }

    /**
     * The user an external token names: its {@code email} claim, which the provider must vouch for
     * ({@code email_verified: true}, unless {@code assay.auth.external.require-verified-email} is false for a
     * provider that only issues verified addresses and does not send the claim).
     */
    private Optional<String> verifiedEmailOf(JsonWebToken jwt) {
        String email = text(jwt.getClaim("email"));
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        Object verified = jwt.getClaim("email_verified");
        boolean vouched = verified instanceof Boolean b ? b : verified == JsonValue.TRUE
                || "true".equals(text(verified));
        boolean required = config.getOptionalValue("assay.auth.external.require-verified-email", Boolean.class)
                .orElse(true);
        return vouched || !required ? Optional.of(email) : Optional.empty();
    }

    private static String text(Object claim) {
        if (claim instanceof JsonString s) {
            return s.getString();
        }
        return claim instanceof String s ? s : null;
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
