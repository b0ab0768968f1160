package org.assay.scoring.control;

/**
 * CP 2, entry level: date = enteredDate if present, else effectiveDate; s = 1 if it is a Saturday, a Sunday or a
 * configured holiday.
 */
final class WeekendHolidayPostings implements ControlPointScorer {

    @Override
    public ControlPoint controlPoint() {
        return ControlPoint.WEEKEND_HOLIDAY;
    }

    @Override
    public short[] score(ScoringContext context) {
        Ledger ledger = context.ledger();
        FiscalCalendar calendar = context.calendar();
        short[] scores = new short[ledger.lineCount()];
        for (int line = 0; line < scores.length; line++) {
            int entered = ledger.enteredDay(line);
            int day = entered == -1 ? ledger.effectiveDay(line) : entered;
            if (calendar.isWeekendOrHoliday(day)) {
                scores[line] = FULL;
            }
        }
        return scores;
    }
}
