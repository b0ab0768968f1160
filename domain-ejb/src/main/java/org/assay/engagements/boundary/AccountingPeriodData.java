package org.assay.engagements.boundary;

import java.time.DateTimeException;
import java.time.MonthDay;
import java.util.List;
import org.assay.engagements.entity.AccountingPeriod;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;

/** {@code accountingPeriod} of engagements and analyses: where the fiscal year starts and how it is divided. */
public record AccountingPeriodData(Integer fiscalStartMonth, Integer fiscalStartDay, AccountingPeriod.Frequency frequency) {

    /** The client's default when the caller gives none: calendar years. */
    public static final AccountingPeriodData CALENDAR_YEAR = new AccountingPeriodData(1, 1, AccountingPeriod.Frequency.ANNUAL);

    public static AccountingPeriodData of(AccountingPeriod period) {
        return period == null ? null
                : new AccountingPeriodData(period.getFiscalStartMonth(), period.getFiscalStartDay(), period.getFrequency());
    }

    /** Adds a problem per wrong member (prefixed by {@code field}); returns the entity value when all are right. */
    public AccountingPeriod toEntity(String field, List<Problem> problems) {
        int before = problems.size();
        if (fiscalStartMonth == null || fiscalStartDay == null || frequency == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, field,
                    field + " needs fiscalStartMonth, fiscalStartDay and frequency"));
        } else {
            try {
                MonthDay.of(fiscalStartMonth, fiscalStartDay);
            } catch (DateTimeException e) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, field + ".fiscalStartDay",
                        "month " + fiscalStartMonth + " has no day " + fiscalStartDay));
            }
        }
        return problems.size() == before ? new AccountingPeriod(fiscalStartMonth, fiscalStartDay, frequency) : null;
    }
}
