package org.assay.sources.control;

import java.math.BigDecimal;

/** Cents as people read them in messages: {@code 1234567} → {@code 12345.67}. */
final class Money {

    private Money() {
    }

    static String format(long cents) {
        return BigDecimal.valueOf(cents, 2).toPlainString();
    }
}
