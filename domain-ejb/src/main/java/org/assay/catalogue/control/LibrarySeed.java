package org.assay.catalogue.control;

import java.util.List;
import org.assay.catalogue.entity.Library;

/** A system library of the seed. */
public record LibrarySeed(String id, String name, List<String> analysisTypeIds, RiskScoreDisplay riskScoreDisplay)
        implements Seeded<Library> {

    /** How the library presents risk scores. */
    public enum RiskScoreDisplay {
        HIGH_MEDIUM_LOW, PERCENTAGE
    }

    public LibrarySeed {
        analysisTypeIds = analysisTypeIds == null ? List.of() : List.copyOf(analysisTypeIds);
    }

    @Override
    public Library create() {
        return new Library(id, name, analysisTypeIds, riskScoreDisplay.name());
    }

    @Override
    public boolean describes(Library library) {
        return name.equals(library.getName()) && analysisTypeIds.equals(library.getAnalysisTypeIds())
                && riskScoreDisplay.name().equals(library.getRiskScoreDisplay());
    }

    @Override
    public void applyTo(Library library) {
        library.describe(name, analysisTypeIds, riskScoreDisplay.name());
    }
}
