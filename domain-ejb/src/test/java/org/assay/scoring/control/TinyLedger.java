package org.assay.scoring.control;

import java.time.LocalDate;
import java.time.MonthDay;
import org.assay.ingestion.control.JournalLine;

/**
 * Hand-made ledgers for tests: {@code tx("T1").on("2025-03-12").debit("1000", 100_00).credit("2000", 100_00)}.
 * Each {@link #tx} starts a transaction on Wednesday 2025-03-12 with no entered date, user, source or memo.
 */
final class TinyLedger {

    static final ScoringSettings SETTINGS = ScoringSettings.defaults(MonthDay.of(12, 31), 7);

    private final LedgerBuilder builder = new LedgerBuilder();
    private long rowId;
    private String transaction;
    private LocalDate effective;
    private LocalDate entered;
    private String user;
    private String source;
    private String memo;

    TinyLedger tx(String id) {
        transaction = id;
        effective = LocalDate.of(2025, 3, 12);
        entered = null;
        user = null;
        source = null;
        memo = null;
        return this;
    }

    TinyLedger on(String date) {
        effective = LocalDate.parse(date);
        return this;
    }

    TinyLedger entered(String date) {
        entered = LocalDate.parse(date);
        return this;
    }

    TinyLedger user(String name) {
        user = name;
        return this;
    }

    TinyLedger source(String code) {
        source = code;
        return this;
    }

    TinyLedger memo(String text) {
        memo = text;
        return this;
    }

    TinyLedger debit(String account, long cents) {
        return line(account, cents, 0);
    }

    TinyLedger credit(String account, long cents) {
        return line(account, 0, cents);
    }

    private TinyLedger line(String account, long debit, long credit) {
        rowId++;
        builder.accept(new JournalLine(rowId, transaction, (int) rowId, account, null, (int) effective.toEpochDay(),
                entered == null ? JournalLine.NO_DATE : (int) entered.toEpochDay(), user, source, memo, null, debit,
                credit));
        return this;
    }

    Ledger build() {
        return builder.build();
    }

    ScoreSheet score() {
        return score(SETTINGS);
    }

    ScoreSheet score(ScoringSettings settings) {
        return new ScoringEngine().score(build(), settings);
    }
}
