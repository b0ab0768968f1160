package org.assay.analyses.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.assay.analyses.entity.AnalysisPeriod;
import org.assay.platform.entity.ObjectIds;

/**
 * The rules for an analysis's periods: at least one; one only unless the analysis is periodic (then at most the
 * analysis type's maximum); start on or before end; an interim analysis's as-at date inside its period; no two
 * periods overlapping. Periods keep their ids across updates, new ones get fresh ids.
 */
public final class AnalysisPeriods {

    /** A period as requested; {@code id} is null for a new one. */
    public record Requested(String id, LocalDate startDate, LocalDate endDate, LocalDate interimAsAtDate) {
    }

    /** A broken rule, with the request property it concerns. */
    public record Violation(String field, String reason) {
    }

    /** Days between one period's end and the next one's start (periodic analyses), as {@code analysisPeriodGaps}. */
    public record Gap(String analysisPeriodId, String previousAnalysisPeriodId, long days) {
    }

    private AnalysisPeriods() {
    }

    /**
     * Checks {@code requested}; returns the periods sorted by start date (ids kept or assigned) or adds violations.
     * {@code existing} are the analysis's current periods (empty on create), whose ids a request may name.
     */
    public static List<AnalysisPeriod> check(List<Requested> requested, boolean interim, boolean periodic,
            int maxPeriods, List<AnalysisPeriod> existing, List<Violation> violations) {
        if (requested == null || requested.isEmpty()) {
            violations.add(new Violation("analysisPeriods", "analysisPeriods needs at least one period"));
            return List.of();
        }
        int allowed = periodic ? Math.max(1, maxPeriods) : 1;
        if (requested.size() > allowed) {
            violations.add(new Violation("analysisPeriods", (periodic ? "a periodic analysis of this type takes at most "
                    + allowed + " periods" : "an analysis that is not periodic takes exactly one period")
                    + ", got " + requested.size()));
        }
        Map<String, AnalysisPeriod> known = existing.stream()
                .collect(Collectors.toMap(AnalysisPeriod::getId, Function.identity()));
        int before = violations.size();
        List<AnalysisPeriod> periods = new ArrayList<>();
        for (int i = 0; i < requested.size(); i++) {
            Requested r = requested.get(i);
            String at = "analysisPeriods[" + i + "]";
            if (r == null || r.startDate() == null || r.endDate() == null) {
                violations.add(new Violation(at, at + " needs startDate and endDate"));
                continue;
            }
            if (r.startDate().isAfter(r.endDate())) {
                violations.add(new Violation(at + ".endDate", at + ".endDate " + r.endDate()
                        + " is before its startDate " + r.startDate()));
            }
            if (interim && (r.interimAsAtDate() == null || r.interimAsAtDate().isBefore(r.startDate())
                    || r.interimAsAtDate().isAfter(r.endDate()))) {
                violations.add(new Violation(at + ".interimAsAtDate",
                        "an interim analysis needs interimAsAtDate within its period"));
            }
            if (r.id() != null && !known.containsKey(r.id())) {
                violations.add(new Violation(at + ".id", "the analysis has no period with id " + r.id()));
            }
            String id = r.id() != null ? r.id() : ObjectIds.next();
            periods.add(new AnalysisPeriod(id, r.startDate(), r.endDate(), interim ? r.interimAsAtDate() : null));
        }
        periods.sort(Comparator.comparing(AnalysisPeriod::getStartDate));
        for (int i = 1; i < periods.size(); i++) {
            if (!periods.get(i).getStartDate().isAfter(periods.get(i - 1).getEndDate())) {
                violations.add(new Violation("analysisPeriods", "periods " + periods.get(i - 1).getStartDate() + "–"
                        + periods.get(i - 1).getEndDate() + " and " + periods.get(i).getStartDate() + "–"
                        + periods.get(i).getEndDate() + " overlap"));
            }
        }
        return violations.size() == before ? periods : List.of();
    }

    /** The gaps between consecutive periods (sorted by start), zero-day gaps included. */
    public static List<Gap> gaps(List<AnalysisPeriod> periods) {
        List<AnalysisPeriod> sorted = periods.stream().sorted(Comparator.comparing(AnalysisPeriod::getStartDate)).toList();
        List<Gap> gaps = new ArrayList<>();
        for (int i = 1; i < sorted.size(); i++) {
            long days = ChronoUnit.DAYS.between(sorted.get(i - 1).getEndDate(), sorted.get(i).getStartDate()) - 1;
            gaps.add(new Gap(sorted.get(i).getId(), sorted.get(i - 1).getId(), days));
        }
        return gaps;
    }
}
