package org.assay.webhooks.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.Signature;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class WebhookSignaturesTest {

    private static final String BODY = "{\"type\":\"engagement.created\",\"data\":{\"engagementId\":\"x\"}}";

    @Test
    void theSignatureVerifiesWithThePublishedKeyOverIdTimestampAndBody() throws Exception {
        KeyPair pair = WebhookSignatures.generate();
        String published = WebhookSignatures.publishedKey(pair.getPublic());
        assertTrue(published.startsWith("whpk_"));
        assertEquals(32, Base64.getDecoder().decode(published.substring(5)).length);

        String header = WebhookSignatures.sign(pair.getPrivate(), "msg_1", 1_700_000_000L, BODY);
        assertTrue(header.startsWith("v1a,"), header);

        // exactly what a receiver following Standard Webhooks does, with the JDK only
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(WebhookSignatures.publicKey(published));
        verifier.update(("msg_1.1700000000." + BODY).getBytes(StandardCharsets.UTF_8));
        assertTrue(verifier.verify(Base64.getDecoder().decode(header.substring(4))));

        assertTrue(WebhookSignatures.verify(WebhookSignatures.publicKey(published), "msg_1", 1_700_000_000L, BODY,
                header));
    }

    @Test
    void anyChangeBreaksTheSignature() {
        KeyPair pair = WebhookSignatures.generate();
        String header = WebhookSignatures.sign(pair.getPrivate(), "msg_1", 1_700_000_000L, BODY);
        assertFalse(WebhookSignatures.verify(pair.getPublic(), "msg_2", 1_700_000_000L, BODY, header));
        assertFalse(WebhookSignatures.verify(pair.getPublic(), "msg_1", 1_700_000_001L, BODY, header));
        assertFalse(WebhookSignatures.verify(pair.getPublic(), "msg_1", 1_700_000_000L, BODY + " ", header));
        assertFalse(WebhookSignatures.verify(WebhookSignatures.generate().getPublic(), "msg_1", 1_700_000_000L, BODY,
                header));
        assertFalse(WebhookSignatures.verify(pair.getPublic(), "msg_1", 1_700_000_000L, BODY, "v1,abc"));
        assertTrue(WebhookSignatures.verify(pair.getPublic(), "msg_1", 1_700_000_000L, BODY, "v1a,Zm9v " + header),
                "several signatures, space-separated: one valid is enough");
    }

    @Test
    void thePublishedKeyRoundTripsAndEachWebhookGetsItsOwn() {
        KeyPair pair = WebhookSignatures.generate();
        String published = WebhookSignatures.publishedKey(pair.getPublic());
        assertArrayEquals(pair.getPublic().getEncoded(), WebhookSignatures.publicKey(published).getEncoded());
        assertNotEquals(published, WebhookSignatures.publishedKey(WebhookSignatures.generate().getPublic()));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignatures.publicKey("whsec_abc"));
        assertThrows(IllegalArgumentException.class, () -> WebhookSignatures.publicKey("whpk_AAAA"));
    }

    @Test
    void thePrivateKeyRoundTripsThroughItsEncoding() {
        KeyPair pair = WebhookSignatures.generate();
        String header = WebhookSignatures.sign(WebhookSignatures.privateKey(pair.getPrivate().getEncoded()), "m", 1L,
                BODY);
        assertTrue(WebhookSignatures.verify(pair.getPublic(), "m", 1L, BODY, header));
    }
}
