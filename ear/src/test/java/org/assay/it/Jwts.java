package org.assay.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;

/** Signs JWTs as the tests' pretend identity provider (https://idp.test), or with a key nobody trusts. */
final class Jwts {

    static final String IDP_ISSUER = "https://idp.test";

    private Jwts() {
    }

    static String idpToken(String email, Instant expiry) {
        return sign(idpKey(), IDP_ISSUER, email, expiry);
    }

    /** An IdP token with a chosen {@code email_verified} (null = absent) and audience. */
    static String idpToken(String email, Boolean emailVerified, String audience) {
        jakarta.json.JsonObjectBuilder claims = Json.createObjectBuilder().add("iss", IDP_ISSUER).add("sub", email)
                .add("email", email).add("aud", audience).add("iat", Instant.now().getEpochSecond())
                .add("exp", Instant.now().plusSeconds(300).getEpochSecond());
        if (emailVerified != null) {
            claims.add("email_verified", emailVerified);
        }
        return signClaims(idpKey(), claims.build());
    }

    static String untrustedToken(String email) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return sign(generator.generateKeyPair().getPrivate(), IDP_ISSUER, email, Instant.now().plusSeconds(600));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sign(PrivateKey key, String issuer, String email, Instant expiry) {
        return signClaims(key, Json.createObjectBuilder().add("iss", issuer).add("sub", email).add("upn", email)
                .add("email", email).add("email_verified", true).add("aud", "assay")
                .add("iat", expiry.minusSeconds(3600).getEpochSecond())
                .add("exp", expiry.getEpochSecond()).build());
    }

    static String signClaims(PrivateKey key, JsonObject claims) {
        JsonObject header = Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").build();
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String input = b64.encodeToString(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(key);
            rs256.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64.encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PrivateKey idpKey() {
        try {
            String pem = Files.readString(Path.of(System.getProperty("assay.test.resources"), "idp", "idp-private.pem"));
            byte[] der = Base64.getMimeDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", ""));
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
