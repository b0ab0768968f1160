package org.assay.scoring.control;

/**
 * The ledger and settings of one scoring run, with the facts several control points share, each computed once on
 * first use (thread-safe, so control points may run concurrently).
 */
final class ScoringContext {

    private final Ledger ledger;
    private final ScoringSettings settings;
    private final FiscalCalendar calendar;
    private final Lazy<TransactionFacts> facts;
    private final Lazy<MonetaryFlows> flows;
    private final Lazy<AmountStatistics> amounts;
    private final Lazy<UserActivity> users;
    private final Lazy<TransactionSignatures> signatures;
    private final Lazy<boolean[]> manualTransactions;

    ScoringContext(Ledger ledger, ScoringSettings settings) {
        this.ledger = ledger;
        this.settings = settings;
        this.calendar = new FiscalCalendar(settings.fiscalYearEnd(), settings.holidays(), firstDay(ledger),
                lastDay(ledger));
        this.facts = new Lazy<>(() -> new TransactionFacts(ledger));
        this.flows = new Lazy<>(() -> new MonetaryFlows(ledger));
        this.amounts = new Lazy<>(() -> new AmountStatistics(ledger));
        this.users = new Lazy<>(() -> new UserActivity(ledger));
        this.signatures = new Lazy<>(() -> new TransactionSignatures(ledger, facts()));
        this.manualTransactions = new Lazy<>(() -> ManualEntries.manualTransactions(ledger,
                settings.manualSourceCodes()));
    }

    private static int firstDay(Ledger ledger) {
        int first = Integer.MAX_VALUE;
        for (int line = 0; line < ledger.lineCount(); line++) {
            first = Math.min(first, ledger.effectiveDay(line));
            if (ledger.enteredDay(line) != -1) {
                first = Math.min(first, ledger.enteredDay(line));
            }
        }
        return first == Integer.MAX_VALUE ? 0 : first;
    }

    private static int lastDay(Ledger ledger) {
        int last = Integer.MIN_VALUE;
        for (int line = 0; line < ledger.lineCount(); line++) {
            last = Math.max(last, Math.max(ledger.effectiveDay(line), ledger.enteredDay(line)));
        }
        return last == Integer.MIN_VALUE ? 0 : last;
    }

    Ledger ledger() {
        return ledger;
    }

    ScoringSettings settings() {
        return settings;
    }

    FiscalCalendar calendar() {
        return calendar;
    }

    TransactionFacts facts() {
        return facts.get();
    }

    MonetaryFlows flows() {
        return flows.get();
    }

    AmountStatistics amounts() {
        return amounts.get();
    }

    UserActivity users() {
        return users.get();
    }

    TransactionSignatures signatures() {
        return signatures.get();
    }

    /** Per transaction: whether a line's source is a manual code (MANUAL_ENTRY); all false without sources. */
    boolean[] manualTransactions() {
        return manualTransactions.get();
    }
}
