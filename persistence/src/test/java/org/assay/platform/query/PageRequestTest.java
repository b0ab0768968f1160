package org.assay.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void absentParametersTakeTheDefaults() {
        assertEquals(new PageRequest(0, 20), PageRequest.of(null, null, 20, 100));
        assertEquals(new PageRequest(4, 20), PageRequest.of(4, null, 20, 100));
        assertEquals(new PageRequest(0, 7), PageRequest.of(null, 7, 20, 100));
    }

    @Test
    void boundsAreInclusive() {
        assertEquals(new PageRequest(0, 1), PageRequest.of(0, 1, 20, 100));
        assertEquals(new PageRequest(Integer.MAX_VALUE, 100), PageRequest.of(Integer.MAX_VALUE, 100, 20, 100));
    }

    @Test
    void negativePage() {
        QueryException e = assertThrows(QueryException.class, () -> PageRequest.of(-1, 10, 20, 100));
        assertEquals("page", e.identifier());
        assertTrue(e.reason().contains("-1"), e.reason());
    }

    @Test
    void sizeOutOfRange() {
        for (int size : new int[] {0, -5, 101}) {
            QueryException e = assertThrows(QueryException.class, () -> PageRequest.of(0, size, 20, 100));
            assertEquals("size", e.identifier());
            assertTrue(e.reason().contains("between 1 and 100"), e.reason());
        }
    }

    @Test
    void offsetDoesNotOverflow() {
        assertEquals(60, new PageRequest(3, 20).offset());
        assertEquals((long) Integer.MAX_VALUE * 100, new PageRequest(Integer.MAX_VALUE, 100).offset());
    }

    @Test
    void programmingErrorsAreNotClientErrors() {
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, 10, 0, 100));
        assertThrows(IllegalArgumentException.class, () -> PageRequest.of(0, 10, 200, 100));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(-1, 10));
        assertThrows(IllegalArgumentException.class, () -> new PageRequest(0, 0));
    }
}
