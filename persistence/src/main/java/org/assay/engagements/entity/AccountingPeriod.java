package org.assay.engagements.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** The fiscal calendar of an engagement or analysis: where the fiscal year starts and how it is divided. */
@Embeddable
public class AccountingPeriod {

    /** {@code frequency} of the reference. */
    public enum Frequency {
        ANNUAL, SEMI_ANNUAL, QUARTERLY, MONTHLY, THIRTEEN_PERIODS
    }

    @Column(name = "fiscal_start_month")
    private int fiscalStartMonth;

    @Column(name = "fiscal_start_day")
    private int fiscalStartDay;

    @Enumerated(EnumType.STRING)
    @Column(name = "frequency", length = 20)
    private Frequency frequency;

    protected AccountingPeriod() {
    }

    public AccountingPeriod(int fiscalStartMonth, int fiscalStartDay, Frequency frequency) {
        this.fiscalStartMonth = fiscalStartMonth;
        this.fiscalStartDay = fiscalStartDay;
        this.frequency = frequency;
    }

    public int getFiscalStartMonth() {
        return fiscalStartMonth;
    }

    public int getFiscalStartDay() {
        return fiscalStartDay;
    }

    public Frequency getFrequency() {
        return frequency;
    }
}
