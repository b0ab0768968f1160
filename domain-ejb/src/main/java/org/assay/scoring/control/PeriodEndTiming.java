package org.assay.scoring.control;

/**
 * CP 3, entry level, the maximum of three sub-rules: s = 1 if effectiveDate is in the last 3 calendar days of the
 * fiscal year or the first 3 of the next; s = 0.5 if it is in the last 2 days of any other fiscal period; s = 1 if
 * the line is backdated, i.e. enteredDate − effectiveDate > 30 days, or entered after the end of the effective
 * date's period + 5 days. Without entered dates only the backdating sub-rule is dropped.
 */
final class PeriodEndTiming implements ControlPointScorer {

    private static final int BACKDATED_DAYS = 30;
    private static final int CLOSING_GRACE_DAYS = 5;

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.PERIOD_END_TIMING;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        FiscalCalendar calendar = context.calendar();
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            int effective = ledger.effectiveDay(line);
            if (calendar.isYearEndWindow(effective) || isBackdated(calendar, effective, ledger.enteredDay(line))) {
                scores[line] = FULL;
            } else if (calendar.isInLastTwoDaysOfPeriod(effective)) {
                scores[line] = HALF;
            }
        }
        return scores;
    }

    private static boolean isBackdated(FiscalCalendar calendar, int effective, int entered) {
        return entered != -1 && (entered - effective > BACKDATED_DAYS
                || entered > calendar.periodEnd(effective) + CLOSING_GRACE_DAYS);
    }
}
