package org.assay.scoring.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.assay.scoring.control.ScoringSettings;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The server-wide scoring parameters from MicroProfile Config: the holiday list of the weekend/holiday control
 * point and the materiality of the high-value one (0: the 99.5th percentile of the ledger's amounts). The fiscal
 * year end and the seed come from the analysis.
 */
@ApplicationScoped
public class ScoringConfiguration {

    @Inject
    @ConfigProperty(name = "assay.scoring.holidays")
    Optional<List<String>> holidays;

    @Inject
    @ConfigProperty(name = "assay.scoring.materiality-cents", defaultValue = "0")
    long materialityCents;

    public ScoringSettings settings(RunSteps.Input input) {
        Set<LocalDate> days = holidays.orElse(List.of()).stream().map(String::trim).filter(s -> !s.isEmpty())
                .map(LocalDate::parse).collect(Collectors.toUnmodifiableSet());
        return ScoringSettings.defaults(input.fiscalYearEnd(), input.seed())
                .withHolidays(days)
                .withMaterialityCents(materialityCents);
    }
}
