package org.assay.scoring.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns strings as dense ids 0..size-1 in order of first appearance; null stays {@value #NONE}. */
final class StringDictionary {

    static final int NONE = -1;

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> values = new ArrayList<>();

    int idOf(String value) {
        if (value == null) {
            return NONE;
        }
        Integer id = ids.get(value);
        if (id == null) {
            id = values.size();
            ids.put(value, id);
            values.add(value);
        }
        return id;
    }

    String[] toArray() {
        return values.toArray(new String[0]);
    }
}
