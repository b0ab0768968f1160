package org.assay.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.StringReader;
import java.util.List;
import java.util.Set;
import org.assay.platform.query.Page;
import org.junit.jupiter.api.Test;

class PageEnvelopeTest {

    @Test
    void middlePageHasEveryField() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of("c", "d"), 1, 2, 5), true);
        assertEquals(List.of("c", "d"), envelope.content());
        assertEquals(1, envelope.pageNumber());
        assertEquals(2, envelope.pageSize());
        assertEquals(3, envelope.totalPages());
        assertEquals(5, envelope.totalElements());
        assertEquals(2, envelope.numberOfElements());
        assertFalse(envelope.first());
        assertFalse(envelope.last());
        assertFalse(envelope.empty());
        assertEquals(2, envelope.size(), "Spring's size is the page size");
        assertEquals(1, envelope.number(), "Spring's number is the page number");
        PageEnvelope.Sort sorted = new PageEnvelope.Sort(true, false, false);
        assertEquals(sorted, envelope.sort());
        assertEquals(new PageEnvelope.Pageable(1, 2, 2L, sorted, true, false), envelope.pageable());
    }

    @Test
    void firstPage() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of("a", "b"), 0, 2, 5), false);
        assertTrue(envelope.first());
        assertFalse(envelope.last());
        assertEquals(0L, envelope.pageable().offset());
    }

    @Test
    void lastPageMayBePartial() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of("e"), 2, 2, 5), true);
        assertTrue(envelope.last());
        assertFalse(envelope.first());
        assertFalse(envelope.empty());
        assertEquals(1, envelope.numberOfElements());
        assertEquals(2, envelope.pageSize(), "the requested size, not the number of elements");
        assertEquals(3, envelope.totalPages());
        assertEquals(4L, envelope.pageable().offset());
    }

    @Test
    void pagePastTheEndIsEmptyAndLast() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of(), 7, 2, 5), false);
        assertTrue(envelope.content().isEmpty());
        assertTrue(envelope.empty());
        assertTrue(envelope.last());
        assertFalse(envelope.first());
        assertEquals(0, envelope.numberOfElements());
        assertEquals(7, envelope.pageNumber());
        assertEquals(7, envelope.number());
        assertEquals(3, envelope.totalPages());
        assertEquals(5, envelope.totalElements());
        assertEquals(14L, envelope.pageable().offset());
    }

    @Test
    void noResultsAtAll() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of(), 0, 20, 0), false);
        assertTrue(envelope.first());
        assertTrue(envelope.last());
        assertTrue(envelope.empty());
        assertEquals(0, envelope.totalPages());
    }

    @Test
    void unsortedSortIsUnsortedAndEmpty() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of("a"), 0, 2, 1), false);
        PageEnvelope.Sort unsorted = new PageEnvelope.Sort(false, true, true);
        assertEquals(unsorted, envelope.sort());
        assertEquals(unsorted, envelope.pageable().sort());
        assertTrue(envelope.pageable().paged());
        assertFalse(envelope.pageable().unpaged());
    }

    @Test
    void offsetDoesNotOverflowForFarPages() {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of(), 1_000_000, 10_000, 5), false);
        assertEquals(10_000_000_000L, envelope.pageable().offset());
    }

    @Test
    void jsonBindingWritesTheReferenceFieldNames() throws Exception {
        PageEnvelope<String> envelope = PageEnvelope.of(new Page<>(List.of("c", "d"), 1, 2, 5), true);
        String json;
        try (Jsonb jsonb = JsonbBuilder.create()) {
            json = jsonb.toJson(envelope);
        }
        JsonObject object = Json.createReader(new StringReader(json)).readObject();
        assertEquals(Set.of("content", "pageNumber", "pageSize", "totalPages", "totalElements", "numberOfElements",
                "first", "last", "empty", "size", "number", "pageable", "sort"), object.keySet());
        assertEquals(3, object.getInt("totalPages"));
        assertEquals(2, object.getJsonObject("pageable").getInt("offset"));
        assertTrue(object.getJsonObject("sort").getBoolean("sorted"));
        assertEquals("d", object.getJsonArray("content").getString(1));
    }
}
