package org.assay.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    private static final String TOO_SHORT = "password must have at least 12 characters";
    private static final String TOO_LONG = "password must have at most 128 characters";
    private static final String KEY = "\uD83D\uDD11"; // 🔑: one code point, two chars

    @Test
    void limitsAreTwelveAndOneHundredTwentyEight() {
        assertEquals(12, PasswordPolicy.MIN_LENGTH);
        assertEquals(128, PasswordPolicy.MAX_LENGTH);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void missingPasswordIsRequired(String password) {
        assertEquals(Optional.of("password is required"), PasswordPolicy.violation(password));
    }

    @Test
    void elevenCharactersAreTooShort() {
        assertEquals(Optional.of(TOO_SHORT), PasswordPolicy.violation("a".repeat(11)));
    }

    @Test
    void twelveCharactersAreEnough() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("a".repeat(12)));
    }

    @Test
    void oneHundredTwentyEightCharactersAreAllowed() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("a".repeat(128)));
    }

    @Test
    void oneHundredTwentyNineCharactersAreTooLong() {
        assertEquals(Optional.of(TOO_LONG), PasswordPolicy.violation("a".repeat(129)));
    }

    @Test
    void lengthCountsCodePointsNotChars() {
        // 11 emoji = 22 chars but only 11 characters
        assertEquals(Optional.of(TOO_SHORT), PasswordPolicy.violation(KEY.repeat(11)));
        assertEquals(Optional.empty(), PasswordPolicy.violation(KEY.repeat(12)));
        // 128 emoji = 256 chars, still allowed; 129 are not
        assertEquals(Optional.empty(), PasswordPolicy.violation(KEY.repeat(128)));
        assertEquals(Optional.of(TOO_LONG), PasswordPolicy.violation(KEY.repeat(129)));
    }

    @Test
    void accentedLettersCountOnce() {
        assertEquals(Optional.empty(), PasswordPolicy.violation("ééééééééééé1"));
        assertEquals(Optional.of(TOO_SHORT), PasswordPolicy.violation("ééééééééééé"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"            ", "\t\t\t\t\t\t\t\t\t\t\t\t", " \n \n \n \n \n \n"})
    void blankPasswordsAreRefused(String blank) {
        assertEquals(Optional.of("password must not be blank"), PasswordPolicy.violation(blank));
    }

    @ParameterizedTest
    @ValueSource(strings = {"correct horse battery staple", "  spaces around  ", "Tr0ub4dor&3xyz", "пароль-пароль"})
    void reasonablePasswordsAreAccepted(String password) {
        assertTrue(PasswordPolicy.violation(password).isEmpty(), password);
    }
}
