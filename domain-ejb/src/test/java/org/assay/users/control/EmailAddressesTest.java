package org.assay.users.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressesTest {

    /** An address of exactly {@code length} characters: a 64-char local part and a dotted domain. */
    private static String emailOfLength(int length) {
        String local = "l".repeat(64);
        String tld = ".com";
        String label = "d".repeat(length - local.length() - 1 - tld.length());
        String email = local + "@" + label + tld;
        assertEquals(length, email.length());
        return email;
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "alice@example.com",
        "Alice.Smith+tag@Sub.Example.CO.uk",
        "a@b.c",
        "o'brien@example.ie",
        "zoë@exämple.de",
        "first_last-1@xn--bcher-kva.example"
    })
    void plainAddressesAreValid(String email) {
        assertTrue(EmailAddresses.isValid(email), email);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        " ",
        "alice",
        "alice@",
        "@example.com",
        "alice@example",
        "alice@@example.com",
        "alice@bob@example.com",
        "ali ce@example.com",
        "alice@exa mple.com",
        "alice@.example.com",
        "alice@example..com",
        "alice@example.com.",
        "alice@example.com\nbob@example.com",
        "alice\t@example.com"
    })
    void malformedAddressesAreInvalid(String email) {
        assertFalse(EmailAddresses.isValid(email), String.valueOf(email));
    }

    @Test
    void localPartMayHaveSixtyFourCharactersButNotSixtyFive() {
        assertTrue(EmailAddresses.isValid("a".repeat(64) + "@example.com"));
        assertFalse(EmailAddresses.isValid("a".repeat(65) + "@example.com"));
    }

    @Test
    void threeHundredTwentyCharactersAreTheMaximum() {
        assertEquals(320, EmailAddresses.MAX_LENGTH);
        assertTrue(EmailAddresses.isValid(emailOfLength(320)));
        assertFalse(EmailAddresses.isValid(emailOfLength(321)));
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertTrue(EmailAddresses.isValid("  alice@example.com  "));
    }
}
