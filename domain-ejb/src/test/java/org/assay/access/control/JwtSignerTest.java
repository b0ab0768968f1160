package org.assay.access.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JwtSignerTest {

    private static final String ISSUER = "https://assay.example/auth";
    private static final Instant NOW = Instant.parse("2026-03-01T10:15:30Z");
    private static final Duration LIFETIME = Duration.ofMinutes(15);

    @TempDir
    static Path keyDirectory;

    private static SigningKeyPair keys;
    private static JwtSigner signer;

    @BeforeAll
    static void createKeys() {
        keys = SigningKeyPair.loadOrCreate(keyDirectory);
        signer = new JwtSigner(keys, ISSUER);
    }

    private static String token() {
        return signer.sign("65a1b2c3d4e5f60718293a4b", "alice@example.com",
                Set.of("api.users.read", "api.organizations.read", "app-admin"), NOW, LIFETIME);
    }

    private static JsonObject decodePart(String part) {
        byte[] json = Base64.getUrlDecoder().decode(part);
        return Json.createReader(new StringReader(new String(json, StandardCharsets.UTF_8))).readObject();
    }

    private static boolean verifies(String token, RSAPublicKey key) throws Exception {
        int lastDot = token.lastIndexOf('.');
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update(token.substring(0, lastDot).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(token.substring(lastDot + 1)));
    }

    @Test
    void tokenIsThreeUnpaddedBase64UrlParts() {
        String[] parts = token().split("\\.", -1);
        assertEquals(3, parts.length);
        for (String part : parts) {
            assertTrue(part.matches("[A-Za-z0-9_-]+"), part);
        }
    }

    @Test
    void headerNamesRs256AndTheKeyId() {
        JsonObject header = decodePart(token().split("\\.")[0]);
        assertEquals("RS256", header.getString("alg"));
        assertEquals("JWT", header.getString("typ"));
        assertEquals(keys.keyId(), header.getString("kid"));
    }

    @Test
    void claimsCarryIssuerSubjectUpnAndSortedGroups() {
        JsonObject claims = decodePart(token().split("\\.")[1]);
        assertEquals(ISSUER, claims.getString("iss"));
        assertEquals("65a1b2c3d4e5f60718293a4b", claims.getString("sub"));
        assertEquals("alice@example.com", claims.getString("upn"));
        List<String> groups = claims.getJsonArray("groups").getValuesAs(JsonString::getString);
        assertEquals(List.of("api.organizations.read", "api.users.read", "app-admin"), groups);
    }

    @Test
    void expiryIsIssuedAtPlusLifetimeInEpochSeconds() {
        JsonObject claims = decodePart(token().split("\\.")[1]);
        assertEquals(NOW.getEpochSecond(), claims.getJsonNumber("iat").longValueExact());
        assertEquals(NOW.getEpochSecond() + LIFETIME.toSeconds(), claims.getJsonNumber("exp").longValueExact());
    }

    @Test
    void everyTokenHasAFreshJti() {
        String jti1 = decodePart(token().split("\\.")[1]).getString("jti");
        String jti2 = decodePart(token().split("\\.")[1]).getString("jti");
        assertEquals(jti1, UUID.fromString(jti1).toString());
        assertNotEquals(jti1, jti2);
    }

    @Test
    void emptyGroupsGiveAnEmptyArray() {
        String token = signer.sign("s", "u", List.of(), NOW, LIFETIME);
        assertTrue(decodePart(token.split("\\.")[1]).getJsonArray("groups").isEmpty());
    }

    @Test
    void signatureVerifiesWithThePublicKey() throws Exception {
        assertTrue(verifies(token(), keys.publicKey()));
    }

    @Test
    void signatureFailsWhenThePayloadIsTampered() throws Exception {
        String[] parts = token().split("\\.");
        JsonObject claims = decodePart(parts[1]);
        JsonObject forged = Json.createObjectBuilder(claims).add("groups", Json.createArrayBuilder().add("app-admin"))
                .add("exp", claims.getJsonNumber("exp").longValue() + 86_400).build();
        String forgedPayload = Base64.getUrlEncoder().withoutPadding()
                .encodeToString(forged.toString().getBytes(StandardCharsets.UTF_8));
        assertFalse(verifies(parts[0] + "." + forgedPayload + "." + parts[2], keys.publicKey()));
    }

    @Test
    void signatureFailsWithAnotherKey(@TempDir Path otherDirectory) throws Exception {
        SigningKeyPair other = SigningKeyPair.loadOrCreate(otherDirectory);
        assertFalse(verifies(token(), other.publicKey()));
    }

    @Test
    void nonAsciiNamesSurviveTheRoundTrip() {
        String token = signer.sign("id", "zoë.ñúñez@exämple.com", Set.of(), NOW, LIFETIME);
        assertEquals("zoë.ñúñez@exämple.com", decodePart(token.split("\\.")[1]).getString("upn"));
    }
}
