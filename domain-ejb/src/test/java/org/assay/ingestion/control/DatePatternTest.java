package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatePatternTest {

    @ParameterizedTest
    @CsvSource({
        "ISO, 2024-02-29, 2024-02-29",
        "ISO, 2024-2-9, 2024-02-09",
        "YEAR_FIRST_SLASH, 2024/12/31, 2024-12-31",
        "COMPACT, 20240131, 2024-01-31",
        "DAY_FIRST_DOT, 31.01.2024, 2024-01-31",
        "DAY_FIRST_DOT, 1.2.2024, 2024-02-01",
        "MONTH_FIRST_SLASH, 01/02/2024, 2024-01-02",
        "MONTH_FIRST_SLASH, 1/2/2024, 2024-01-02",
        "DAY_FIRST_SLASH, 01/02/2024, 2024-02-01",
        "ISO, 2024-03-01 13:45, 2024-03-01",
        "ISO, 2024-03-01 13:45:59, 2024-03-01",
        "ISO, 2024-03-01T13:45:59, 2024-03-01",
        "ISO, 2024-03-01 00:00:00.000, 2024-03-01",
        "MONTH_FIRST_SLASH, 3/1/2024 12:00:00 AM, 2024-03-01",
        "ISO, 1900-01-01, 1900-01-01",
        "ISO, 1969-12-31, 1969-12-31"})
    void readsDatesIntoEpochDays(DatePattern pattern, String text, LocalDate expected) {
        assertEquals(expected.toEpochDay(), pattern.parseEpochDay(text));
    }

    @ParameterizedTest
    @CsvSource({
        "ISO, 2023-02-29", "ISO, 2024-13-01", "ISO, 2024-00-10", "ISO, 2024-01-32", "ISO, 24-01-01",
        "ISO, 2024/01/01", "ISO, 2024-01-01 25:00", "ISO, 2024-01-01 10:60", "ISO, 2024-01-01X", "ISO, ''",
        "COMPACT, 2024011", "COMPACT, 202401011", "DAY_FIRST_DOT, 31.01.24", "MONTH_FIRST_SLASH, 13/01/2024",
        "DAY_FIRST_SLASH, 01/13/2024", "MONTH_FIRST_SLASH, 45292"})
    void refusesWhatDoesNotFit(DatePattern pattern, String text) {
        assertEquals(DatePattern.UNPARSEABLE, pattern.parseEpochDay(text));
    }

    @Test
    void epochDayAgreesWithJavaTimeForFourCenturies() {
        for (LocalDate date = LocalDate.of(1800, 1, 1); date.getYear() < 2200; date = date.plusDays(1)) {
            assertEquals(date.toEpochDay(), DatePattern.epochDay(date.getYear(), date.getMonthValue(),
                    date.getDayOfMonth()), date::toString);
        }
    }

    @Test
    void findsPatternsByTheirText() {
        assertEquals(Optional.of(DatePattern.DAY_FIRST_SLASH), DatePattern.fromPattern("DD/MM/YYYY"));
        assertEquals(Optional.of(DatePattern.ISO), DatePattern.fromPattern("yyyy-MM-dd"));
        assertEquals(Optional.empty(), DatePattern.fromPattern("dd-MMM-yy"));
    }
}
