package org.assay.ingestion.control;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Maps header names to {@link GlField}s: explicit mappings first, then proposals from the header names
 * ({@link GlField#forHeader}), left to right, each field to at most one column.
 */
final class ColumnMapper {

    /**
     * @param headers  the header names, in column order
     * @param explicit the caller's choices; they override proposals
     * @param warnings receives {@link IngestionCode#UNSUPPORTED_FIELD_MAPPING} for fields this server does not use
     * @throws IngestionFailure {@link IngestionCode#INVALID_COLUMN_MAPPING} when an explicit mapping names a column
     *                          that does not exist, or maps two columns to one field
     */
    ColumnMappings map(List<String> headers, List<ExplicitMapping> explicit, Consumer<IngestionMessage> warnings)
            throws IngestionFailure {
        Map<Integer, Optional<GlField>> manual = manualChoices(headers, explicit, warnings);
        Set<GlField> taken = EnumSet.noneOf(GlField.class);
        manual.values().forEach(field -> field.ifPresent(taken::add));

        List<ColumnMapping> columns = new ArrayList<>(headers.size());
        for (int position = 0; position < headers.size(); position++) {
            Optional<GlField> chosen = manual.get(position);
            MappingType type = MappingType.MANUAL;
            if (chosen == null) {
                chosen = GlField.forHeader(headers.get(position)).filter(field -> !taken.contains(field));
                chosen.ifPresent(taken::add);
                type = MappingType.AUTO;
            }
            columns.add(new ColumnMapping(position, headers.get(position), chosen.orElse(null),
                    chosen.isPresent() ? type : MappingType.NOT_MAPPED));
        }
        return new ColumnMappings(columns);
    }

    /** Position → chosen field, where an empty Optional means "leave this column unmapped". */
    private static Map<Integer, Optional<GlField>> manualChoices(List<String> headers, List<ExplicitMapping> explicit,
            Consumer<IngestionMessage> warnings) throws IngestionFailure {
        Map<Integer, Optional<GlField>> manual = new HashMap<>();
        Map<GlField, Integer> columnByField = new HashMap<>();
        for (ExplicitMapping mapping : explicit) {
            int position = mapping.columnPosition();
            if (position < 0 || position >= headers.size()) {
                throw new IngestionFailure(IngestionMessages.mappingOutsideColumns(mapping, headers.size()));
            }
            Optional<GlField> field = mapping.unmapsColumn()
                    ? Optional.empty()
                    : GlField.fromMindbridgeField(mapping.mindbridgeField());
            if (!mapping.unmapsColumn() && field.isEmpty()) {
                warnings.accept(IngestionMessages.unsupportedField(mapping, headers.get(position)));
            }
            if (field.isPresent()) {
                Integer other = columnByField.putIfAbsent(field.get(), position);
                if (other != null && other != position) {
                    throw new IngestionFailure(IngestionMessages.fieldMappedTwice(field.get(), headers, other, position));
                }
            }
            manual.put(position, field);
        }
        return manual;
    }
}
