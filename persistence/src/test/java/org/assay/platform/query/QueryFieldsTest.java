package org.assay.platform.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QueryFieldsTest {

    private static final QueryFields FIELDS = TestAccount.QUERY_FIELDS;

    @Test
    void namesInDeclarationOrder() {
        assertEquals(List.of("id", "code", "name", "credit"), List.copyOf(FIELDS.names()).subList(0, 4));
        assertEquals(18, FIELDS.names().size());
        assertThrows(UnsupportedOperationException.class, () -> FIELDS.names().add("x"));
    }

    @Test
    void findDescribesTheField() {
        assertEquals(new QueryField("createdBy", "createdUserInfo.userId", FieldType.ID, null, Map.of()),
                FIELDS.find("createdBy").orElseThrow());
        QueryField status = FIELDS.find("status").orElseThrow();
        assertEquals(FieldType.ENUM, status.type());
        assertEquals(AccountStatus.class, status.enumType());
        QueryField flags = FIELDS.find("flags").orElseThrow();
        assertNull(flags.attributePath());
        assertEquals(List.of("hidden", "locked"), List.copyOf(flags.flags().keySet()));
        assertTrue(FIELDS.find("nope").isEmpty());
        assertTrue(FIELDS.find(null).isEmpty());
    }

    @Test
    void collectionLikeFieldsAreNotSortable() {
        for (String name : FIELDS.names()) {
            FieldType type = FIELDS.find(name).orElseThrow().type();
            boolean expected = type != FieldType.STRING_SET && type != FieldType.FLAGS;
            assertEquals(expected, FIELDS.find(name).orElseThrow().sortable(), name);
        }
    }

    @Test
    void flagsAreCopied() {
        Map<String, String> flags = new LinkedHashMap<>(Map.of("hidden", "hidden"));
        QueryFields fields = QueryFields.builder().flags("flags", flags).build();
        flags.put("locked", "locked");
        assertEquals(Map.of("hidden", "hidden"), fields.find("flags").orElseThrow().flags());
    }

    @Test
    void builderRejectsBadDeclarations() {
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().string("a", "a").number("a", "b"));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().string("$a", "a"));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().string("a,b", "a"));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().string(" ", "a"));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().string("a", ""));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().flags("f", Map.of()));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().flags("f", Map.of("x", " ")));
        assertThrows(IllegalArgumentException.class, () -> QueryFields.builder().enumeration("e", "e", null));
    }

    @Test
    void recordRejectsInconsistentComponents() {
        assertThrows(IllegalArgumentException.class,
                () -> new QueryField("s", "s", FieldType.STRING, AccountStatus.class, null));
        assertThrows(IllegalArgumentException.class, () -> new QueryField("s", "s", FieldType.STRING, String.class,
                null));
        assertThrows(IllegalArgumentException.class,
                () -> new QueryField("f", "f", FieldType.FLAGS, null, Map.of("a", "a")));
        assertThrows(IllegalArgumentException.class,
                () -> new QueryField("s", "s", FieldType.STRING, null, Map.of("a", "a")));
    }

    @Test
    void builtFieldsDoNotChangeWithTheBuilder() {
        QueryFields.Builder builder = QueryFields.builder().string("a", "a");
        QueryFields built = builder.build();
        builder.string("b", "b");
        assertFalse(built.find("b").isPresent());
        assertEquals(2, builder.build().names().size());
    }
}
