package org.assay.ingestion.control;

import java.util.Locale;
import java.util.Optional;

/**
 * The date layouts a general ledger's date columns may use, each optionally followed by a time of day
 * ({@code " HH:mm"}, {@code " HH:mm:ss"}, {@code "THH:mm:ss"}, with optional fraction and AM/PM), which is ignored.
 * Day and month may have one or two digits except in {@link #COMPACT}; years have four. Parsing is by hand, into
 * an epoch day, because it runs for every line.
 */
public enum DatePattern {

    ISO("yyyy-MM-dd", Order.YEAR_MONTH_DAY, '-'),
    YEAR_FIRST_SLASH("yyyy/MM/dd", Order.YEAR_MONTH_DAY, '/'),
    COMPACT("yyyyMMdd", Order.YEAR_MONTH_DAY, Character.MIN_VALUE),
    DAY_FIRST_DOT("dd.MM.yyyy", Order.DAY_MONTH_YEAR, '.'),
    /** Listed before {@link #DAY_FIRST_SLASH}: when both fit, month first (the US layout) is preferred. */
    MONTH_FIRST_SLASH("MM/dd/yyyy", Order.MONTH_DAY_YEAR, '/'),
    DAY_FIRST_SLASH("dd/MM/yyyy", Order.DAY_MONTH_YEAR, '/');

    /** Returned for text that is not a date in this pattern. */
    public static final int UNPARSEABLE = Integer.MIN_VALUE;

    private enum Order { YEAR_MONTH_DAY, DAY_MONTH_YEAR, MONTH_DAY_YEAR }

    private static final int[] DAYS_IN_MONTH = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

    private final String pattern;
    private final Order order;
    private final char separator;

    DatePattern(String pattern, Order order, char separator) {
        this.pattern = pattern;
        this.order = order;
        this.separator = separator;
    }

    /** The pattern in {@link java.time.format.DateTimeFormatter} notation, e.g. {@code MM/dd/yyyy}. */
    public String pattern() {
        return pattern;
    }

    /** The pattern written as {@code text} ("MM/dd/yyyy", case-insensitive, so "MM/DD/YYYY" too). */
    public static Optional<DatePattern> fromPattern(String text) {
        for (DatePattern candidate : values()) {
            if (candidate.pattern.toLowerCase(Locale.ROOT).equals(text.strip().toLowerCase(Locale.ROOT))) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** The day {@code text} denotes, as days since 1970-01-01, or {@link #UNPARSEABLE}. */
    public int parseEpochDay(String text) {
        Cursor cursor = new Cursor(text);
        int first;
        int second;
        int third;
        if (separator == Character.MIN_VALUE) {
            first = cursor.number(4, 4);
            second = cursor.number(2, 2);
            third = cursor.number(2, 2);
        } else {
            int firstDigits = order == Order.YEAR_MONTH_DAY ? 4 : 2;
            first = cursor.number(order == Order.YEAR_MONTH_DAY ? 4 : 1, firstDigits);
            cursor.expect(separator);
            second = cursor.number(1, 2);
            cursor.expect(separator);
            third = order == Order.YEAR_MONTH_DAY ? cursor.number(1, 2) : cursor.number(4, 4);
        }
        if (!cursor.ok() || !cursor.timeOfDayOrEnd()) {
            return UNPARSEABLE;
        }
        return switch (order) {
            case YEAR_MONTH_DAY -> epochDay(first, second, third);
            case DAY_MONTH_YEAR -> epochDay(third, second, first);
            case MONTH_DAY_YEAR -> epochDay(third, first, second);
        };
    }

    /** Days since 1970-01-01 of a valid proleptic Gregorian date, or {@link #UNPARSEABLE}. */
    static int epochDay(int year, int month, int day) {
        if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return UNPARSEABLE;
        }
        // Days from civil (H. Hinnant): count from 0000-03-01 so the leap day ends the year.
        int y = month <= 2 ? year - 1 : year;
        int era = y / 400;
        int yearOfEra = y - era * 400;
        int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    private static int daysInMonth(int year, int month) {
        boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
        return month == 2 && leap ? 29 : DAYS_IN_MONTH[month - 1];
    }

    /** Reads a date left to right; any mismatch makes {@link #ok()} false for good. */
    private static final class Cursor {

        private final String text;
        private int position;
        private boolean ok = true;

        Cursor(String text) {
            this.text = text;
        }

        boolean ok() {
            return ok;
        }

        int number(int minDigits, int maxDigits) {
            int value = 0;
            int digits = 0;
            while (ok && digits < maxDigits && position < text.length() && isDigit(text.charAt(position))) {
                value = value * 10 + (text.charAt(position++) - '0');
                digits++;
            }
            ok &= digits >= minDigits;
            return value;
        }

        void expect(char c) {
            ok &= position < text.length() && text.charAt(position) == c;
            position++;
        }

        /** True at the end of the text, or before a well-formed time of day that ends it. */
        boolean timeOfDayOrEnd() {
            if (position == text.length()) {
                return true;
            }
            char next = text.charAt(position++);
            if (next != ' ' && next != 'T') {
                return false;
            }
            int hour = number(1, 2);
            expect(':');
            int minute = number(2, 2);
            if (position < text.length() && text.charAt(position) == ':') {
                position++;
                ok &= number(2, 2) < 60;
                if (position < text.length() && text.charAt(position) == '.') {
                    position++;
                    number(1, 9);
                }
            }
            if (text.startsWith(" AM", position) || text.startsWith(" PM", position)) {
                position += 3;
            }
            return ok && hour < 24 && minute < 60 && position == text.length();
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }
    }
}
