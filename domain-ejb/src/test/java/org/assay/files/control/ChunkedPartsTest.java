package org.assay.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.assay.files.entity.ChunkedFile;
import org.assay.platform.boundary.Problem;
import org.junit.jupiter.api.Test;

class ChunkedPartsTest {

    private static List<String> identifiers(List<Problem> problems) {
        return problems.stream().map(Problem::identifier).toList();
    }

    @Test
    void aPartLiesWithinTheFile() {
        assertTrue(ChunkedParts.check(100, 0, 0L, 100L).isEmpty());
        assertTrue(ChunkedParts.check(100, 0, 99L, 1L).isEmpty());
        assertEquals(List.of("size"), identifiers(ChunkedParts.check(100, 0, 99L, 2L)));
        assertEquals(List.of("size"), identifiers(ChunkedParts.check(100, 0, Long.MAX_VALUE, Long.MAX_VALUE)),
                "no overflow");
        assertEquals(List.of("offset"), identifiers(ChunkedParts.check(100, 0, -1L, 1L)));
        assertEquals(List.of("size"), identifiers(ChunkedParts.check(100, 0, 0L, 0L)));
        assertEquals(List.of("offset", "size"), identifiers(ChunkedParts.check(100, 0, null, null)));
        assertEquals(List.of("offset"), identifiers(ChunkedParts.check(100, ChunkedFile.MAX_PARTS, 0L, 1L)));
    }

    @Test
    void overlapsAndDuplicatesAreFound() {
        ChunkedFile file = new ChunkedFile("gl.csv", 300);
        file.addPart(new ChunkedFile.Part(100, 100, "b"));
        List<ChunkedFile.Part> parts = file.getParts();
        assertTrue(ChunkedParts.overlapping(parts, 0, 100).isEmpty(), "touching is not overlapping");
        assertTrue(ChunkedParts.overlapping(parts, 200, 100).isEmpty());
        assertEquals(100, ChunkedParts.overlapping(parts, 100, 100).orElseThrow().getOffset(), "duplicate offset");
        assertTrue(ChunkedParts.overlapping(parts, 50, 51).isPresent());
        assertTrue(ChunkedParts.overlapping(parts, 199, 1).isPresent());
        assertTrue(ChunkedParts.overlapping(parts, 0, 300).isPresent(), "a part spanning another");
    }

    @Test
    void partsArrivingOutOfOrderCompleteTheFile() {
        ChunkedFile file = new ChunkedFile("gl.csv", 250);
        file.addPart(new ChunkedFile.Part(200, 50, "c"));
        file.addPart(new ChunkedFile.Part(0, 100, "a"));
        assertFalse(file.isComplete());
        assertEquals(150, ChunkedParts.received(file.getParts()));
        file.addPart(new ChunkedFile.Part(100, 100, "b"));
        assertTrue(file.isComplete());
        assertEquals(List.of("a", "b", "c"), file.getParts().stream().map(ChunkedFile.Part::getBlobId).toList());
    }
}
