package org.assay.audit.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.assay.audit.entity.AuditEvent;
import org.assay.audit.entity.AuditEventType;
import org.assay.audit.entity.AuditRecord;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    private static final Instant T0 = Instant.parse("2024-05-01T10:15:30.123456Z");
    private static final String NODE_A = "node-a";
    private static final String NODE_B = "node-b";

    /** An API call record with every one of the 14 content fields set, distinct per {@code i}. */
    private static AuditRecord record(int i) {
        return new AuditRecord(T0.plusSeconds(i), AuditEventType.API_REQUEST, "req-" + i, "user-" + i, "token-" + i,
                "assay_ab" + i, "203.0.113." + (i % 250), "curl/8." + i, "GET", "/api/organizations/" + i,
                "org-" + i, 200, 10L + i, "detail " + i);
    }

    /** A correctly chained event: its hash is computed from its content and the given link. */
    private static AuditEvent event(AuditRecord record, String node, long sequence, String previousHash) {
        return new AuditEvent(record, node, sequence, previousHash,
                AuditChain.hash(record, node, sequence, previousHash));
    }

    /** A correct chain of {@code count} records of one node, with sequences from 1 linked to GENESIS. */
    private static List<AuditEvent> chain(String node, int count) {
        return chain(node, 1, AuditChain.GENESIS, count, 0);
    }

    /** A correct chain of one node starting at {@code firstSequence} with the given first link. */
    private static List<AuditEvent> chain(String node, long firstSequence, String firstLink, int count, int recordBase) {
        List<AuditEvent> events = new ArrayList<>();
        String previous = firstLink;
        for (int i = 0; i < count; i++) {
            AuditEvent event = event(record(recordBase + i), node, firstSequence + i, previous);
            events.add(event);
            previous = event.getHash();
        }
        return events;
    }

    /** Two nodes' chains as written (interleaved in time), then sorted by (node, sequence) as the query returns them. */
    private static List<AuditEvent> twoNodes(int perNode) {
        List<AuditEvent> a = chain(NODE_A, 1, AuditChain.GENESIS, perNode, 0);
        List<AuditEvent> b = chain(NODE_B, 1, AuditChain.GENESIS, perNode, 1000);
        List<AuditEvent> written = new ArrayList<>();
        for (int i = 0; i < perNode; i++) {
            written.add(b.get(i));
            written.add(a.get(i));
        }
        return sorted(written);
    }

    private static List<AuditEvent> sorted(List<AuditEvent> events) {
        List<AuditEvent> copy = new ArrayList<>(events);
        copy.sort(Comparator.comparing(AuditEvent::getNode).thenComparingLong(AuditEvent::getSequence));
        return copy;
    }

    /** The same event with different content but the stored (old) link and hash, as a tampered row looks. */
    private static AuditEvent withContent(AuditEvent original, AuditRecord content) {
        return new AuditEvent(content, original.getNode(), original.getSequence(), original.getPreviousHash(),
                original.getHash());
    }

    private static AuditRecord copy(AuditRecord r) {
        return new AuditRecord(r.time(), r.type(), r.requestId(), r.userId(), r.tokenId(), r.partialToken(),
                r.clientAddress(), r.userAgent(), r.method(), r.route(), r.resourceIds(), r.status(),
                r.latencyMillis(), r.detail());
    }

    private static void assertBrokenAt(AuditChain.Verdict verdict, AuditEvent at, String reasonPart) {
        assertFalse(verdict.intact(), "chain should be broken: " + verdict);
        assertEquals(at.getId(), verdict.firstBrokenId(), "broken record id: " + verdict);
        assertEquals(at.getNode(), verdict.node(), "broken record node: " + verdict);
        assertEquals(at.getSequence(), verdict.sequence(), "broken record sequence: " + verdict);
        assertTrue(verdict.reason() != null && verdict.reason().contains(reasonPart),
                "reason should mention '" + reasonPart + "': " + verdict.reason());
    }

    private static void assertIntact(AuditChain.Verdict verdict, long checked) {
        assertTrue(verdict.intact(), "chain should be intact: " + verdict);
        assertEquals(checked, verdict.checked());
        assertNull(verdict.firstBrokenId());
        assertNull(verdict.node());
        assertNull(verdict.sequence());
        assertNull(verdict.reason());
    }

    // hash

    @Test
    void hashIsSixtyFourLowercaseHexCharacters() {
        String hash = AuditChain.hash(record(1), NODE_A, 1, AuditChain.GENESIS);
        assertEquals(64, hash.length());
        assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    }

    /**
     * Hashes of stored records must never change between releases (a changed canonical form would break every
     * existing chain), so these are fixed values, including JSON escapes, non-ASCII text and absent fields.
     */
    @Test
    void canonicalFormIsStableAcrossReleases() {
        AuditRecord full = new AuditRecord(Instant.parse("2024-05-01T10:15:30.123456Z"), AuditEventType.API_REQUEST,
                "req-1", "user-1", "token-1", "assay_ab1", "203.0.113.1",
                "curl/8.1 \"quoted\" \\ back\tslash\u0001\n \u00e9 \u65e5\u672c \uD83D\uDE00", "GET",
                "/api/organizations/{id}", "org-1", 200, 10L, "d\u00e9tail \u007f \u2028");
        AuditRecord sparse = AuditRecord.event(Instant.parse("2024-05-01T10:15:30Z"), AuditEventType.TOKEN_CREATED,
                null, null, null, null, null);
        assertEquals("ad744663d822beb1aaae6b08c89a99d4a6751fd89e0ca0d0d99a52ac76229876",
                AuditChain.hash(full, "node-a", 3, AuditChain.GENESIS));
        assertEquals("7f3e35f3cd0be5570633f9852aa6d9913c7b569443da805e76c79c20db45b8c0",
                AuditChain.hash(sparse, "node-b", 1, "ab".repeat(32)));
    }

    @Test
    void genesisIsSixtyFourZeros() {
        assertEquals(64, AuditChain.GENESIS.length());
        assertTrue(AuditChain.GENESIS.matches("0{64}"), AuditChain.GENESIS);
    }

    @Test
    void hashIsDeterministic() {
        String hash = AuditChain.hash(record(7), NODE_A, 3, AuditChain.GENESIS);
        assertEquals(hash, AuditChain.hash(record(7), NODE_A, 3, AuditChain.GENESIS), "equal content, equal hash");
        assertEquals(hash, AuditChain.hash(copy(record(7)), new String(NODE_A), 3, new String(AuditChain.GENESIS)));
    }

    @Test
    void hashOfAStoredEventMatchesTheHashOfItsRecord() {
        AuditEvent event = event(record(4), NODE_A, 5, AuditChain.GENESIS);
        assertEquals(event.getHash(),
                AuditChain.hash(event.record(), event.getNode(), event.getSequence(), event.getPreviousHash()));
        assertEquals(record(4), event.record(), "the entity gives back exactly the content it was made of");
    }

    @Test
    void everyContentFieldChangesTheHash() {
        AuditRecord r = record(1);
        Map<String, UnaryOperator<AuditRecord>> changes = new LinkedHashMap<>();
        changes.put("time", x -> new AuditRecord(x.time().plusNanos(1000), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("type", x -> new AuditRecord(x.time(), AuditEventType.PERMISSION_DENIED, x.requestId(),
                x.userId(), x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("requestId", x -> new AuditRecord(x.time(), x.type(), x.requestId() + "x", x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("userId", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId() + "x",
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("tokenId", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId() + "x", x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("partialToken", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken() + "x", x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("clientAddress", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), "198.51.100.1", x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("userAgent", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent() + "x", x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("method", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), "POST", x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("route", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route() + "/x",
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail()));
        changes.put("resourceIds", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds() + ",x", x.status(), x.latencyMillis(), x.detail()));
        changes.put("status", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), 201, x.latencyMillis(), x.detail()));
        changes.put("latencyMillis", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis() + 1, x.detail()));
        changes.put("detail", x -> new AuditRecord(x.time(), x.type(), x.requestId(), x.userId(),
                x.tokenId(), x.partialToken(), x.clientAddress(), x.userAgent(), x.method(), x.route(),
                x.resourceIds(), x.status(), x.latencyMillis(), x.detail() + "x"));
        assertEquals(14, changes.size(), "one change per content field");
        assertEquals(14, AuditRecord.class.getRecordComponents().length, "the record has 14 content fields");

        String original = AuditChain.hash(r, NODE_A, 2, AuditChain.GENESIS);
        Set<String> hashes = new HashSet<>();
        hashes.add(original);
        changes.forEach((field, change) -> {
            AuditRecord changed = change.apply(r);
            assertNotEquals(r, changed, "the change to " + field + " must change the record");
            String hash = AuditChain.hash(changed, NODE_A, 2, AuditChain.GENESIS);
            assertNotEquals(original, hash, "changing " + field + " must change the hash");
            assertTrue(hashes.add(hash), "changing " + field + " gives a hash of its own");
        });
    }

    @Test
    void nodeSequenceAndPreviousHashChangeTheHash() {
        AuditRecord r = record(1);
        String original = AuditChain.hash(r, NODE_A, 2, AuditChain.GENESIS);
        assertNotEquals(original, AuditChain.hash(r, NODE_B, 2, AuditChain.GENESIS), "node");
        assertNotEquals(original, AuditChain.hash(r, NODE_A, 3, AuditChain.GENESIS), "sequence");
        assertNotEquals(original, AuditChain.hash(r, NODE_A, 2, "1" + AuditChain.GENESIS.substring(1)),
                "previous hash");
    }

    @Test
    void nullAndEmptyStringHashDifferently() {
        AuditRecord withNull = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, null, null, null, "203.0.113.1",
                null);
        AuditRecord withEmpty = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, "", null, null, "203.0.113.1",
                null);
        AuditRecord withEmptyDetail = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, null, null, null,
                "203.0.113.1", "");
        String hash = AuditChain.hash(withNull, NODE_A, 1, AuditChain.GENESIS);
        assertNotEquals(hash, AuditChain.hash(withEmpty, NODE_A, 1, AuditChain.GENESIS));
        assertNotEquals(hash, AuditChain.hash(withEmptyDetail, NODE_A, 1, AuditChain.GENESIS));
        assertNotEquals(AuditChain.hash(withEmpty, NODE_A, 1, AuditChain.GENESIS),
                AuditChain.hash(withEmptyDetail, NODE_A, 1, AuditChain.GENESIS), "the position of a value counts");
    }

    @Test
    void valuesCannotShiftBetweenFields() {
        // the same text in neighbouring fields must not hash alike (the canonical form is a JSON array)
        AuditRecord inUser = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, "ab", null, null, null, null);
        AuditRecord inToken = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, null, "ab", null, null, null);
        AuditRecord split = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, "a", "b", null, null, null);
        AuditRecord joined = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, "a\",\"b", null, null, null, null);
        Set<String> hashes = new HashSet<>();
        for (AuditRecord r : List.of(inUser, inToken, split, joined)) {
            assertTrue(hashes.add(AuditChain.hash(r, NODE_A, 1, AuditChain.GENESIS)), r.toString());
        }
    }

    @Test
    void hashCoversTheStoredTruncatedContent() {
        // the compact constructor cuts the detail to 500 characters and the time to microseconds: what is hashed
        // is what is stored, so text beyond the column size does not count
        AuditRecord longDetail = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, null, null, null, null,
                "d".repeat(500) + "beyond");
        AuditRecord cut = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, null, null, null, null, "d".repeat(500));
        assertEquals(AuditChain.hash(cut, NODE_A, 1, AuditChain.GENESIS),
                AuditChain.hash(longDetail, NODE_A, 1, AuditChain.GENESIS));
        AuditRecord nanos = AuditRecord.event(T0.plusNanos(999), AuditEventType.LOGIN_FAILED, null, null, null, null,
                null);
        AuditRecord micros = AuditRecord.event(T0, AuditEventType.LOGIN_FAILED, null, null, null, null, null);
        assertEquals(AuditChain.hash(micros, NODE_A, 1, AuditChain.GENESIS),
                AuditChain.hash(nanos, NODE_A, 1, AuditChain.GENESIS));
    }

    // intact chains

    @Test
    void anEmptyLogIsIntact() {
        assertIntact(AuditChain.verify(List.of()), 0);
    }

    @Test
    void anIntactChainOfOneNodeVerifies() {
        List<AuditEvent> events = chain(NODE_A, 25);
        assertIntact(AuditChain.verify(events), 25);
    }

    @Test
    void aSingleGenesisRecordVerifies() {
        assertIntact(AuditChain.verify(chain(NODE_A, 1)), 1);
    }

    @Test
    void intactChainsOfTwoNodesVerifyInNodeAndSequenceOrder() {
        List<AuditEvent> events = twoNodes(10);
        assertEquals(NODE_A, events.get(0).getNode());
        assertEquals(NODE_B, events.get(19).getNode());
        assertIntact(AuditChain.verify(events), 20);
    }

    @Test
    void eachNodesChainIsFollowedOnItsOwnEvenWhenNodesAlternate() {
        List<AuditEvent> a = chain(NODE_A, 1, AuditChain.GENESIS, 5, 0);
        List<AuditEvent> b = chain(NODE_B, 1, AuditChain.GENESIS, 5, 100);
        List<AuditEvent> alternating = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            alternating.add(a.get(i));
            alternating.add(b.get(i));
        }
        assertIntact(AuditChain.verify(alternating), 10);
    }

    // tampering

    @Test
    void alteringOneRecordsContentNamesThatRecord() {
        List<AuditEvent> events = chain(NODE_A, 10);
        AuditEvent original = events.get(4);
        AuditRecord r = original.record();
        AuditEvent altered = withContent(original, new AuditRecord(r.time(), r.type(), r.requestId(), "someone-else",
                r.tokenId(), r.partialToken(), r.clientAddress(), r.userAgent(), r.method(), r.route(),
                r.resourceIds(), r.status(), r.latencyMillis(), r.detail()));
        events.set(4, altered);

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, altered, "altered");
        assertEquals(5, verdict.sequence());
        assertEquals(5, verdict.checked(), "verification stops at the first break");
    }

    @Test
    void alteringARecordOfTheSecondNodeNamesThatNodesRecord() {
        List<AuditEvent> events = twoNodes(6);
        int index = 6 + 2; // node-b, sequence 3
        AuditEvent original = events.get(index);
        AuditRecord r = original.record();
        AuditEvent altered = withContent(original, new AuditRecord(r.time(), r.type(), r.requestId(), r.userId(),
                r.tokenId(), r.partialToken(), r.clientAddress(), r.userAgent(), r.method(), r.route(),
                r.resourceIds(), 500, r.latencyMillis(), r.detail()));
        events.set(index, altered);

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, altered, "altered");
        assertEquals(NODE_B, verdict.node());
        assertEquals(3, verdict.sequence());
    }

    @Test
    void replacingAHashWithoutChangingContentIsDetected() {
        List<AuditEvent> events = chain(NODE_A, 4);
        AuditEvent original = events.get(1);
        AuditEvent forged = new AuditEvent(original.record(), original.getNode(), original.getSequence(),
                original.getPreviousHash(), "f".repeat(64));
        events.set(1, forged);
        assertBrokenAt(AuditChain.verify(events), forged, "altered");
    }

    @Test
    void deletingAMiddleRecordNamesTheRecordAfterTheGap() {
        List<AuditEvent> events = chain(NODE_A, 10);
        events.remove(4); // sequence 5
        AuditEvent afterGap = events.get(4);
        assertEquals(6, afterGap.getSequence());

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, afterGap, "missing");
        assertTrue(verdict.reason().contains("5"), "the reason names the missing sequence: " + verdict.reason());
    }

    @Test
    void deletingSeveralRecordsNamesTheWholeGap() {
        List<AuditEvent> events = chain(NODE_A, 10);
        events.subList(3, 6).clear(); // sequences 4, 5, 6
        AuditEvent afterGap = events.get(3);
        assertEquals(7, afterGap.getSequence());

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, afterGap, "missing");
        assertTrue(verdict.reason().contains("4 to 6"), verdict.reason());
        assertTrue(verdict.reason().contains(NODE_A), verdict.reason());
    }

    @Test
    void swappingTwoRecordsBreaksTheChain() {
        List<AuditEvent> events = chain(NODE_A, 8);
        Collections.swap(events, 3, 4);
        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertFalse(verdict.intact(), verdict.toString());
        assertEquals(NODE_A, verdict.node());
        assertEquals(events.get(3).getId(), verdict.firstBrokenId(), "the first record out of place is named");
    }

    @Test
    void aDuplicatedRecordBreaksTheChain() {
        List<AuditEvent> events = chain(NODE_A, 5);
        AuditEvent second = events.get(1);
        AuditEvent replay = new AuditEvent(second.record(), second.getNode(), second.getSequence(),
                second.getPreviousHash(), second.getHash());
        events.add(2, replay);
        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, replay, "");
    }

    @Test
    void aRecordRehashedOverTheWrongLinkIsABrokenLink() {
        List<AuditEvent> events = chain(NODE_A, 6);
        AuditEvent original = events.get(3);
        String wrongLink = "a".repeat(64);
        AuditEvent relinked = event(original.record(), original.getNode(), original.getSequence(), wrongLink);
        events.set(3, relinked);

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, relinked, "link");
        assertFalse(verdict.reason().contains("altered"), "its own hash is consistent: " + verdict.reason());
    }

    @Test
    void aRecordRewrittenWithItsOwnConsistentHashBreaksTheNextLink() {
        // rewriting a record and recomputing its hash leaves the next record pointing at the old hash
        List<AuditEvent> events = chain(NODE_A, 6);
        AuditEvent original = events.get(2);
        AuditRecord r = original.record();
        AuditEvent rewritten = event(new AuditRecord(r.time(), r.type(), r.requestId(), r.userId(), r.tokenId(),
                r.partialToken(), r.clientAddress(), r.userAgent(), r.method(), r.route(), r.resourceIds(), 204,
                r.latencyMillis(), r.detail()), original.getNode(), original.getSequence(),
                original.getPreviousHash());
        events.set(2, rewritten);

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, events.get(3), "link");
    }

    @Test
    void theFirstRecordOfANodeMustLinkToGenesis() {
        AuditEvent first = event(record(1), NODE_A, 1, "b".repeat(64));
        List<AuditEvent> events = new ArrayList<>();
        events.add(first);
        events.addAll(chain(NODE_A, 2, first.getHash(), 3, 10));

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, first, "start");
        assertEquals(1, verdict.checked());
    }

    @Test
    void theFirstRecordOfTheSecondNodeMustLinkToGenesisToo() {
        List<AuditEvent> events = new ArrayList<>(chain(NODE_A, 3));
        AuditEvent first = event(record(50), NODE_B, 1, events.get(2).getHash());
        events.add(first);

        AuditChain.Verdict verdict = AuditChain.verify(events);
        assertBrokenAt(verdict, first, "start");
        assertEquals(4, verdict.checked());
    }

    @Test
    void aChainWhoseOldestRecordsWerePurgedStillVerifies() {
        List<AuditEvent> full = chain(NODE_A, 20);
        List<AuditEvent> afterRetention = new ArrayList<>(full.subList(7, 20)); // sequences 8..20 remain
        assertEquals(8, afterRetention.get(0).getSequence());
        assertNotEquals(AuditChain.GENESIS, afterRetention.get(0).getPreviousHash());

        assertIntact(AuditChain.verify(afterRetention), 13);
    }

    @Test
    void aPurgedChainIsStillCheckedAfterItsNewStart() {
        List<AuditEvent> afterRetention = new ArrayList<>(chain(NODE_A, 20).subList(7, 20));
        afterRetention.remove(5);
        AuditChain.Verdict verdict = AuditChain.verify(afterRetention);
        assertBrokenAt(verdict, afterRetention.get(5), "missing");
    }

    @Test
    void purgedAndCompleteNodesVerifyTogether() {
        List<AuditEvent> events = new ArrayList<>(chain(NODE_A, 10).subList(4, 10));
        events.addAll(chain(NODE_B, 1, AuditChain.GENESIS, 5, 500));
        assertIntact(AuditChain.verify(events), 11);
    }

    // incremental verification

    @Test
    void theVerifierAcceptsAnIntactChainRecordByRecord() {
        List<AuditEvent> events = twoNodes(7);
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (AuditEvent event : events) {
            assertTrue(verifier.accept(event), "sequence " + event.getSequence() + " of " + event.getNode());
        }
        assertEquals(AuditChain.verify(events), verifier.verdict());
        assertIntact(verifier.verdict(), 14);
    }

    @Test
    void theVerifierFedPageByPageGivesTheSameVerdictAsVerify() {
        List<AuditEvent> events = twoNodes(9);
        events.remove(12);
        AuditChain.Verdict expected = AuditChain.verify(events);
        assertFalse(expected.intact());

        AuditChain.Verifier verifier = new AuditChain.Verifier();
        for (int from = 0; from < events.size(); from += 4) {
            for (AuditEvent event : events.subList(from, Math.min(events.size(), from + 4))) {
                verifier.accept(event);
            }
        }
        assertEquals(expected, verifier.verdict());
    }

    @Test
    void theVerifierRefusesEverythingAfterTheBreak() {
        List<AuditEvent> events = chain(NODE_A, 6);
        AuditEvent original = events.get(2);
        AuditEvent altered = new AuditEvent(AuditRecord.event(original.getTime(), AuditEventType.LOGIN_SUCCEEDED,
                "user", null, null, null, null), original.getNode(), original.getSequence(),
                original.getPreviousHash(), original.getHash());
        events.set(2, altered);

        AuditChain.Verifier verifier = new AuditChain.Verifier();
        assertTrue(verifier.accept(events.get(0)));
        assertTrue(verifier.accept(events.get(1)));
        assertFalse(verifier.accept(events.get(2)), "the altered record breaks the chain");
        assertFalse(verifier.accept(events.get(3)), "nothing is accepted after the break");
        assertFalse(verifier.accept(chain(NODE_B, 1).get(0)), "not even a valid record of another node");

        AuditChain.Verdict verdict = verifier.verdict();
        assertBrokenAt(verdict, altered, "altered");
        assertEquals(3, verdict.checked(), "records after the break are not counted");
        assertEquals(AuditChain.verify(events), verdict);
    }

    @Test
    void theVerifierReportsIntactBeforeAnyRecord() {
        assertIntact(new AuditChain.Verifier().verdict(), 0);
    }
}
