package org.assay.ingestion.control;

/**
 * Reads an amount as MindBridge accepts it, into cents: digits, at most one {@code .} as the decimal mark, an
 * optional leading {@code -}. Currency symbols, thousands separators, parentheses, a trailing minus, a plus sign,
 * exponents and letters are refused rather than guessed at, because a wrong guess silently changes an auditor's
 * totals. More than two decimals are rounded half-up (half away from zero) to the cent.
 */
public final class AmountParser {

    /** Returned for text that is not an amount; no real amount has this value (it exceeds the digit limit). */
    public static final long NOT_A_NUMBER = Long.MIN_VALUE;

    /** 16 integer digits keep every amount, times 100, far from overflowing a long. */
    private static final int MAX_INTEGER_DIGITS = 16;

    private AmountParser() {
    }

    /** The amount in cents, or {@link #NOT_A_NUMBER}; the caller decides what an empty text means. */
    public static long parseCents(String text) {
        int length = text.length();
        int i = 0;
        boolean negative = length > 0 && text.charAt(0) == '-';
        if (negative) {
            i++;
        }
        long units = 0;
        int integerDigits = 0;
        for (; i < length && isDigit(text.charAt(i)); i++) {
            if (++integerDigits > MAX_INTEGER_DIGITS) {
                return NOT_A_NUMBER;
            }
            units = units * 10 + (text.charAt(i) - '0');
        }
        long cents = units * 100;
        int decimals = 0;
        boolean roundUp = false;
        if (i < length && text.charAt(i) == '.') {
            for (i++; i < length && isDigit(text.charAt(i)); i++, decimals++) {
                int digit = text.charAt(i) - '0';
                if (decimals == 0) {
                    cents += digit * 10L;
                } else if (decimals == 1) {
                    cents += digit;
                } else if (decimals == 2) {
                    roundUp = digit >= 5;
                }
            }
        }
        if (i != length || integerDigits + decimals == 0) {
            return NOT_A_NUMBER;
        }
        if (roundUp) {
            cents++;
        }
        return negative ? -cents : cents;
    }

    /** True when the text has a non-zero digit after the second decimal, so {@link #parseCents} rounded it. */
    public static boolean isRounded(String text) {
        int dot = text.indexOf('.');
        if (dot < 0) {
            return false;
        }
        for (int i = dot + 3; i < text.length(); i++) {
            if (text.charAt(i) != '0') {
                return true;
            }
        }
        return false;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
