package org.assay.sources.control;

import jakarta.json.JsonValue;
import java.util.Set;
import org.assay.platform.control.Jsons;

/** Which analysis source types Assay can ingest, and which ones an analysis type takes. */
public final class SourceKinds {

    /** The general-ledger journal source type (wire-conventions §11). */
    public static final String GENERAL_LEDGER_JOURNAL = "4b8361d00000000000000000";
    /** The not-for-profit general-ledger journal: the same columns. */
    public static final String NFP_GENERAL_LEDGER_JOURNAL = "4b8361d00000000000000051";

    /** Source types whose files the general-ledger parser reads. */
    public static final Set<String> INGESTIBLE = Set.of(GENERAL_LEDGER_JOURNAL, NFP_GENERAL_LEDGER_JOURNAL);

    private SourceKinds() {
    }

    public static boolean ingestible(String sourceTypeId) {
        return INGESTIBLE.contains(sourceTypeId);
    }

    /** Whether the analysis type's {@code sourceConfigurations} (stored JSON) include {@code sourceTypeId}. */
    public static boolean configured(String sourceConfigurationsJson, String sourceTypeId) {
        if (sourceConfigurationsJson == null || sourceConfigurationsJson.isBlank()) {
            return false;
        }
        return Jsons.parse(sourceConfigurationsJson).asJsonArray().stream()
                .filter(v -> v.getValueType() == JsonValue.ValueType.OBJECT)
                .anyMatch(v -> sourceTypeId.equals(v.asJsonObject().getString("sourceTypeId", null)));
    }
}
