package org.assay.audit.control;

import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.assay.audit.entity.AuditEvent;
import org.assay.audit.entity.AuditRecord;
import org.assay.platform.control.Jsons;

/**
 * The hash chain of the audit log. A record's hash is the SHA-256 of a canonical JSON array of its node, sequence,
 * content and the previous record's hash; the first record of a node links to {@link #GENESIS}. Verification walks
 * each node's records in sequence order; after a retention purge, the first remaining record of a node is the
 * start of its chain (its link is trusted, and the purge itself is an audit record naming that link).
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);
    /** Compact output (no pretty printing): the canonical form is the same bytes on every node and release. */
    private static final JsonGeneratorFactory CANONICAL = Jsons.PROVIDER.createGeneratorFactory(Map.of());

    private AuditChain() {
    }

    public static String hash(AuditRecord r, String node, long sequence, String previousHash) {
        MessageDigest digest = sha256();
        // streamed straight into the digest: the writer hashes every record, so no JSON tree or string in between
        try (JsonGenerator canonical = CANONICAL.createGenerator(new DigestOutputStream(
                OutputStream.nullOutputStream(), digest), StandardCharsets.UTF_8)) {
            canonical.writeStartArray().write(node).write(sequence).write(r.time().toString()).write(r.type().name());
            for (Object value : new Object[] {r.requestId(), r.userId(), r.tokenId(), r.partialToken(),
                r.clientAddress(), r.userAgent(), r.method(), r.route(), r.resourceIds(), r.status(),
                r.latencyMillis(), r.detail()}) {
                if (value == null) {
                    canonical.writeNull();
                } else if (value instanceof Number number) {
                    canonical.write(number.longValue());
                } else {
                    canonical.write(value.toString());
                }
            }
            canonical.write(previousHash).writeEnd();
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** The verdict of a verification: intact, or the first record where the chain breaks and why. */
    public record Verdict(boolean intact, long checked, String firstBrokenId, String node, Long sequence,
            String reason) {
    }

    /** Checks records given in (node, sequence) order. */
    public static Verdict verify(Iterable<AuditEvent> ordered) {
        Verifier verifier = new Verifier();
        for (AuditEvent event : ordered) {
            if (!verifier.accept(event)) {
                break;
            }
        }
        return verifier.verdict();
    }

    /** Verifies a chain fed record by record, so that a long log can be checked page by page. */
    public static final class Verifier {

        private record Link(long sequence, String hash) {
        }

        private final Map<String, Link> lastOfNode = new HashMap<>();
        private long checked;
        private Verdict broken;

        /** Checks the next record; false once the chain is broken (the verdict then names where). */
        public boolean accept(AuditEvent event) {
            if (broken != null) {
                return false;
            }
            checked++;
            String expected = hash(event.record(), event.getNode(), event.getSequence(), event.getPreviousHash());
            Link previous = lastOfNode.put(event.getNode(), new Link(event.getSequence(), event.getHash()));
            if (!expected.equals(event.getHash())) {
                broken = broken(event, "the record's content does not match its hash: it was altered");
            } else if (previous != null && event.getSequence() <= previous.sequence()) {
                broken = broken(event, "record " + event.getSequence() + " of node " + event.getNode()
                        + " is duplicated or out of order");
            } else if (previous != null && event.getSequence() != previous.sequence() + 1) {
                broken = broken(event, "records " + (previous.sequence() + 1) + " to " + (event.getSequence() - 1)
                        + " of node " + event.getNode() + " are missing");
            } else if (previous != null && !event.getPreviousHash().equals(previous.hash())) {
                broken = broken(event, "the link to the previous record does not match its hash");
            } else if (previous == null && event.getSequence() == 1 && !GENESIS.equals(event.getPreviousHash())) {
                broken = broken(event, "the first record of the node does not start the chain");
            }
            return broken == null;
        }

        public Verdict verdict() {
            return broken != null ? broken : new Verdict(true, checked, null, null, null, null);
        }

        private Verdict broken(AuditEvent event, String reason) {
            return new Verdict(false, checked, event.getId(), event.getNode(), event.getSequence(), reason);
        }
    }
}
