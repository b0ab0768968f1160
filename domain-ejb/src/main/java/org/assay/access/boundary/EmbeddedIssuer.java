package org.assay.access.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.math.BigInteger;
import java.security.interfaces.RSAPublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import org.assay.access.control.JwtSigner;
import org.assay.access.control.KeyFiles;
import org.assay.access.control.SigningKeyPair;
import org.assay.platform.control.Jsons;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The identity provider built into Assay for installations without one: it signs short-lived JWTs for users who
 * sign in with a password. Its key pair is created on first start (so {@link #onStart} loads it eagerly).
 */
@ApplicationScoped
public class EmbeddedIssuer {

    @Inject
    @ConfigProperty(name = "assay.auth.issuer", defaultValue = "assay")
    String issuer;

    @Inject
    @ConfigProperty(name = "assay.auth.token-lifetime", defaultValue = "PT15M")
    Duration lifetime;

    @Inject
    @ConfigProperty(name = "assay.auth.embedded.enabled", defaultValue = "true")
    boolean enabled;

    @Inject
    @ConfigProperty(name = "assay.auth.key-dir")
    Optional<String> keyDirectory;

    @Inject
    Clock clock;

    private SigningKeyPair keys;
    private JwtSigner signer;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        // touching the bean runs @PostConstruct at deployment time
        issuer();
    }

    @PostConstruct
    void loadKeys() {
        keys = SigningKeyPair.loadOrCreate(KeyFiles.directory(keyDirectory));
        signer = new JwtSigner(keys, issuer);
    }

    public String issue(String userId, String email, Collection<String> groups) {
        return signer.sign(userId, email, groups, clock.instant(), lifetime);
    }

    public boolean enabled() {
        return enabled;
    }

    public String issuer() {
        return issuer;
    }

    public RSAPublicKey publicKey() {
        return keys.publicKey();
    }

    /** The public key as a JSON Web Key Set (RFC 7517). */
    public JsonObject jwks() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        JsonObject key = Jsons.PROVIDER.createObjectBuilder()
                .add("kty", "RSA").add("use", "sig").add("alg", "RS256").add("kid", keys.keyId())
                .add("n", b64.encodeToString(unsigned(keys.publicKey().getModulus())))
                .add("e", b64.encodeToString(unsigned(keys.publicKey().getPublicExponent())))
                .build();
        return Jsons.PROVIDER.createObjectBuilder().add("keys", Jsons.PROVIDER.createArrayBuilder().add(key)).build();
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes.length > 1 && bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    public Duration lifetime() {
        return lifetime;
    }
}
