package org.assay.platform.query;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a resource lets callers filter and sort on: API field names mapped to entity attributes and their
 * {@link FieldType}. Immutable; build it once per resource. Every field but STRING_SET and FLAGS is sortable.
 */
public final class QueryFields {

    private final Map<String, QueryField> byName;

    private QueryFields(Map<String, QueryField> byName) {
        this.byName = Collections.unmodifiableMap(new LinkedHashMap<>(byName));
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<QueryField> find(String apiName) {
        return Optional.ofNullable(apiName == null ? null : byName.get(apiName));
    }

    /** The field names in declaration order. */
    public Set<String> names() {
        return byName.keySet();
    }

    public static final class Builder {

        private final Map<String, QueryField> fields = new LinkedHashMap<>();

        private Builder() {
        }

        /** The fields every audited entity has: {@code id}, its creator and its creation and modification times. */
        public Builder audited() {
            return id("id", "id").id("createdUserInfo.userId", "createdUserInfo.userId")
                    .dateTime("creationDate", "creationDate").dateTime("lastModifiedDate", "lastModifiedDate");
        }

        public Builder id(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.ID, null, null));
        }

        public Builder string(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.STRING, null, null));
        }

        public Builder number(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.NUMBER, null, null));
        }

        public Builder bool(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.BOOLEAN, null, null));
        }

        public Builder date(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.DATE, null, null));
        }

        public Builder dateTime(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.DATE_TIME, null, null));
        }

        public <E extends Enum<E>> Builder enumeration(String apiName, String attributePath, Class<E> type) {
            return add(new QueryField(apiName, attributePath, FieldType.ENUM, type, null));
        }

        public Builder stringSet(String apiName, String attributePath) {
            return add(new QueryField(apiName, attributePath, FieldType.STRING_SET, null, null));
        }

        /** A FLAGS field: each flag name maps to a boolean attribute path. */
        public Builder flags(String apiName, Map<String, String> flagNameToAttributePath) {
            return add(new QueryField(apiName, null, FieldType.FLAGS, null, flagNameToAttributePath));
        }

        public QueryFields build() {
            return new QueryFields(fields);
        }

        private Builder add(QueryField field) {
            String name = field.name();
            if (name.startsWith("$")) {
                throw new IllegalArgumentException(name + ": a field name must not start with $ (operators do)");
            }
            if (name.contains(",")) {
                throw new IllegalArgumentException(name + ": a field name must not contain a comma (sort syntax)");
            }
            if (fields.putIfAbsent(name, field) != null) {
                throw new IllegalArgumentException(name + ": declared twice");
            }
            return this;
        }
    }
}
