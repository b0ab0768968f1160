package org.assay.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LikePatternsTest {

    @Test
    void wildcardsAndTheEscapeCharacterAreEscaped() {
        assertEquals("100\\%", LikePatterns.literal("100%"));
        assertEquals("a\\_b", LikePatterns.literal("a_b"));
        assertEquals("back\\\\slash", LikePatterns.literal("back\\slash"));
        assertEquals("plain text", LikePatterns.literal("plain text"));
    }

    @Test
    void patternsAreLowerCased() {
        assertEquals("%gamma\\_%", LikePatterns.containing("GAMMA_"));
        assertEquals("delta\\%%", LikePatterns.startingWith("Delta%"));
        assertEquals("%", LikePatterns.startingWith(""));
    }
}
