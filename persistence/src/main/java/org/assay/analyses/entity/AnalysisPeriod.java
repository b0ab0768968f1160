package org.assay.analyses.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;
import org.assay.platform.entity.ObjectIds;

/** One period of an analysis; it has its own id because analysis sources point at it ({@code analysisPeriodId}). */
@Embeddable
public class AnalysisPeriod {

    @Column(name = "period_id", length = 24, nullable = false)
    private String id;

    @Column(nullable = false)
    private LocalDate startDate;

    @Column(nullable = false)
    private LocalDate endDate;

    private LocalDate interimAsAtDate;

    protected AnalysisPeriod() {
    }

    public AnalysisPeriod(String id, LocalDate startDate, LocalDate endDate, LocalDate interimAsAtDate) {
        this.id = id == null ? ObjectIds.next() : id;
        this.startDate = startDate;
        this.endDate = endDate;
        this.interimAsAtDate = interimAsAtDate;
    }

    public String getId() {
        return id;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public LocalDate getInterimAsAtDate() {
        return interimAsAtDate;
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(startDate) && !date.isAfter(endDate);
    }
}
