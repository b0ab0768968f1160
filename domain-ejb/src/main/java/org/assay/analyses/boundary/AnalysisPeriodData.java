package org.assay.analyses.boundary;

import java.time.LocalDate;
import org.assay.analyses.entity.AnalysisPeriod;

/** One element of {@code analysisPeriods}: {@code id} is the server's (absent in a create, kept in an update). */
public record AnalysisPeriodData(String id, LocalDate startDate, LocalDate endDate, LocalDate interimAsAtDate) {

    public static AnalysisPeriodData of(AnalysisPeriod period) {
        return new AnalysisPeriodData(period.getId(), period.getStartDate(), period.getEndDate(),
                period.getInterimAsAtDate());
    }
}
