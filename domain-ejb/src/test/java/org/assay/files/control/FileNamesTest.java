package org.assay.files.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FileNamesTest {

    @ParameterizedTest
    @ValueSource(strings = {"GL", "general ledger 2024", "a.b", "Ärger – ß", "..hidden", "x..y", "%2e%2e" })
    void acceptsOrdinaryNames(String name) {
        assertTrue(FileNames.check("name", name, 255).isEmpty(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../x", "..\\x", "a/b", "a\\b", ".", "..", " .. ", "a\u0000b", "line\nbreak", "tab\there",
        "del\u007f", "sep\u2028"})
    void refusesNamesThatCouldActAsPaths(String name) {
        Problem problem = FileNames.check("name", name, 255).orElseThrow();
        assertEquals("name", problem.identifier());
        assertEquals(ProblemType.ILLEGAL_ARGUMENT, problem.problemType());
    }

    @Test
    void refusesMissingAndOverlongNames() {
        assertEquals("name", FileNames.check("name", null, 255).orElseThrow().identifier());
        assertEquals("name", FileNames.check("name", "   ", 255).orElseThrow().identifier());
        assertEquals(ProblemType.LESS_VALUE_REQUIRED, FileNames.check("name", "a".repeat(256), 255).orElseThrow().problemType());
        assertTrue(FileNames.check("name", "a".repeat(255), 255).isEmpty());
        assertTrue(FileNames.check("name", "  padded  ", 6).isEmpty(), "the limit applies to the trimmed name");
    }

    @Test
    void splitsAtTheLastDot() {
        assertEquals(new FileNames.Split("gl.2024", "csv"), FileNames.split("gl.2024.csv"));
        assertEquals(new FileNames.Split("README", null), FileNames.split("README"));
        assertEquals(new FileNames.Split(".profile", null), FileNames.split(".profile"));
        assertEquals(new FileNames.Split("trailing.", null), FileNames.split("trailing."));
    }

    @Test
    void keepsOnlyTheLastPathSegmentOfAnUploadedName() {
        assertEquals("gl.csv", FileNames.lastSegment("C:\\Users\\me\\gl.csv"));
        assertEquals("gl.csv", FileNames.lastSegment("/tmp/../gl.csv"));
        assertEquals("gl.csv", FileNames.lastSegment("gl.csv"));
        assertEquals("", FileNames.lastSegment("dir/"));
        assertNull(FileNames.lastSegment(null));
    }

    @Test
    void contentTypeFollowsTheExtension() {
        assertEquals("text/csv", FileNames.contentType("CSV"));
        assertEquals("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", FileNames.contentType("xlsx"));
        assertEquals("application/octet-stream", FileNames.contentType("bin"));
        assertEquals("application/octet-stream", FileNames.contentType(null));
    }
}
