package org.assay.access.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.UUID;
import org.assay.platform.control.Jsons;

/**
 * Signs the embedded issuer's access tokens: compact JWS, RS256, with the JDK's own signature engine (a JWT library
 * would add a dependency for twenty lines). Verification is MicroProfile JWT's job, in the web tier.
 */
public final class JwtSigner {

    private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

    private final SigningKeyPair keys;
    private final String issuer;

    public JwtSigner(SigningKeyPair keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    /** A token for {@code subject} (a user id) that expires {@code lifetime} after {@code now}. */
    public String sign(String subject, String upn, Collection<String> groups, Instant now, Duration lifetime) {
        JsonObject header = Jsons.PROVIDER.createObjectBuilder()
                .add("alg", "RS256").add("typ", "JWT").add("kid", keys.keyId()).build();
        JsonArrayBuilder groupArray = Jsons.PROVIDER.createArrayBuilder();
        groups.stream().sorted().forEach(groupArray::add);
        JsonObject claims = Jsons.PROVIDER.createObjectBuilder()
                .add("iss", issuer)
                .add("sub", subject)
                .add("upn", upn)
                .add("groups", groupArray)
                .add("iat", now.getEpochSecond())
                .add("exp", now.plus(lifetime).getEpochSecond())
                .add("jti", UUID.randomUUID().toString())
                .build();
        String signingInput = encode(header) + "." + encode(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(keys.privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + B64URL.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign a JWT with RS256", e);
        }
    }

    private static String encode(JsonObject json) {
        return B64URL.encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }
}
