package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AmountParserTest {

    @ParameterizedTest
    @CsvSource({
        "0, 0", "12, 1200", "12.3, 1230", "12.34, 1234", "-12.34, -1234", "12., 1200", ".5, 50", "-0.01, -1",
        "0.125, 13", "-0.125, -13", "0.124, 12", "1.999, 200", "0.10000, 10",
        "9999999999999999.99, 999999999999999999"})
    void readsPlainNumbersIntoCents(String text, long cents) {
        assertEquals(cents, AmountParser.parseCents(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".", "-.", "1,234.00", "$5", "(7.00)", "7-", "+7", "1.2.3", "1e5", "12 34",
        "abc", "€1", "12345678901234567"})
    void refusesAnythingElse(String text) {
        assertEquals(AmountParser.NOT_A_NUMBER, AmountParser.parseCents(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.125", "1.001", "-3.0000001"})
    void noticesRounding(String text) {
        assertTrue(AmountParser.isRounded(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "1.5", "1.25", "1.2500", "-3.10"})
    void exactAmountsAreNotRounded(String text) {
        assertFalse(AmountParser.isRounded(text));
    }
}
