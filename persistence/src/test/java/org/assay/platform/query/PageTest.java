package org.assay.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageTest {

    @Test
    void totalPagesRoundsUp() {
        assertEquals(0, new Page<>(List.of(), 0, 10, 0).totalPages());
        assertEquals(1, new Page<>(List.of(), 0, 10, 1).totalPages());
        assertEquals(1, new Page<>(List.of(), 0, 10, 10).totalPages());
        assertEquals(2, new Page<>(List.of(), 0, 10, 11).totalPages());
        assertEquals(Integer.MAX_VALUE, new Page<>(List.of(), 0, 1, Long.MAX_VALUE).totalPages());
    }

    @Test
    void firstAndLast() {
        Page<String> first = new Page<>(List.of("a", "b"), 0, 2, 5);
        Page<String> middle = new Page<>(List.of("c", "d"), 1, 2, 5);
        Page<String> last = new Page<>(List.of("e"), 2, 2, 5);
        Page<String> beyond = new Page<>(List.of(), 7, 2, 5);
        assertTrue(first.first());
        assertFalse(first.last());
        assertFalse(middle.first());
        assertFalse(middle.last());
        assertTrue(last.last());
        assertTrue(beyond.last());
        assertTrue(new Page<>(List.of(), 0, 2, 0).last());
        assertEquals(1, last.numberOfElements());
        assertEquals(0, beyond.numberOfElements());
    }

    @Test
    void mapKeepsThePosition() {
        Page<Integer> lengths = new Page<>(List.of("a", "bb"), 1, 2, 9).map(String::length);
        assertEquals(new Page<>(List.of(1, 2), 1, 2, 9), lengths);
    }

    @Test
    void contentIsACopyThatCannotChange() {
        List<String> source = new ArrayList<>(List.of("a"));
        Page<String> page = new Page<>(source, 0, 2, 1);
        source.add("b");
        assertEquals(List.of("a"), page.content());
        assertThrows(UnsupportedOperationException.class, () -> page.content().add("c"));
    }

    @Test
    void rejectsImpossiblePositions() {
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), -1, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new Page<>(List.of(), 0, 2, -1));
        assertThrows(NullPointerException.class, () -> new Page<>(null, 0, 2, 0));
    }
}
