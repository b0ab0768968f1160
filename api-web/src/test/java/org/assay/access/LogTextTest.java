package org.assay.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LogTextTest {

    @Test
    void controlCharactersCannotForgeALogLine() {
        String quoted = LogText.quote("https://idp\nINFO fake line\r\u0000");
        assertFalse(quoted.contains("\n") || quoted.contains("\r") || quoted.contains("\u0000"), quoted);
        assertTrue(quoted.contains("\\u000a") && quoted.contains("\\u000d"), quoted);
    }

    @Test
    void quotesAndBackslashesAreEscapedAndTheTextIsQuoted() {
        assertEquals("\"a\\u0022b\\u005cc\"", LogText.quote("a\"b\\c"));
        assertEquals("null", LogText.quote(null));
    }

    @Test
    void longTextIsCut() {
        String quoted = LogText.quote("x".repeat(1000));
        assertTrue(quoted.length() < 210, "length " + quoted.length());
        assertTrue(quoted.endsWith("…\""));
    }
}
