package org.assay.audit.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class AuditRowsTest {

    @Test
    void everyRowHasOnePlaceholderPerColumn() {
        String sql = AuditRows.insert(3);
        String columns = sql.substring(sql.indexOf('(') + 1, sql.indexOf(')'));
        int columnCount = columns.split(",").length;
        assertEquals(19, columnCount);
        assertEquals(3 * columnCount, sql.chars().filter(c -> c == '?').count());
        assertEquals(3, sql.substring(sql.indexOf(" values ")).split("\\), \\(").length);
    }

    @Test
    void oneRowIsAPlainInsert() {
        assertEquals(19, AuditRows.insert(1).chars().filter(c -> c == '?').count());
    }
}
