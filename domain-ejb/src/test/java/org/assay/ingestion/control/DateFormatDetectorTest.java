package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateFormatDetectorTest {

    private final DateFormatDetector cut = new DateFormatDetector();

    @Test
    void findsTheOnePatternThatFitsAll() {
        DateColumnFormat format = cut.detect(3, List.of("2024-01-05", "", "2024-12-31 10:00"));

        assertEquals(new DateColumnFormat(3, DatePattern.ISO, List.of(DatePattern.ISO)), format);
        assertFalse(format.ambiguous());
    }

    @Test
    void aDayAbove12DecidesBetweenDayFirstAndMonthFirst() {
        assertEquals(DatePattern.DAY_FIRST_SLASH, cut.detect(0, List.of("01/02/2024", "25/12/2024")).selected());
        assertEquals(DatePattern.MONTH_FIRST_SLASH, cut.detect(0, List.of("01/02/2024", "12/25/2024")).selected());
    }

    @Test
    void prefersMonthFirstWhenAllDaysAre12OrLessAndSaysItIsAmbiguous() {
        DateColumnFormat format = cut.detect(0, List.of("01/02/2024", "12/11/2024"));

        assertEquals(DatePattern.MONTH_FIRST_SLASH, format.selected());
        assertEquals(List.of(DatePattern.MONTH_FIRST_SLASH, DatePattern.DAY_FIRST_SLASH), format.candidates());
        assertTrue(format.ambiguous());
    }

    @Test
    void withoutAPerfectFitTakesThePatternReadingMost() {
        DateColumnFormat format = cut.detect(0, List.of("31.01.2024", "29.02.2024", "31.02.2024", "n/a"));

        assertEquals(DatePattern.DAY_FIRST_DOT, format.selected());
        assertEquals(List.of(), format.candidates());
    }

    @Test
    void withoutSamplesFallsBackToIso() {
        assertEquals(DatePattern.ISO, cut.detect(0, Arrays.asList("", null, " ")).selected());
    }
}
