package org.assay.accountmappings.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AccountMappingTest {

    private static AccountMapping cash() {
        return new AccountMapping("0123456789abcdef01234567", "1000", "Cash");
    }

    @Test
    void aNewAccountIsUnmappedAndVerifyingLeavesItSo() {
        AccountMapping mapping = cash();
        assertEquals(AccountMapping.Status.UNMAPPED, mapping.getStatus());
        assertFalse(mapping.verify());
        assertEquals(AccountMapping.Status.UNMAPPED, mapping.getStatus());
    }

    @Test
    void aCodeMakesItManualThenVerifiedOnce() {
        AccountMapping mapping = cash();
        mapping.mapTo("1000", List.of("cash"));
        assertEquals(AccountMapping.Status.MANUAL, mapping.getStatus());
        assertTrue(mapping.verify());
        assertFalse(mapping.verify(), "already verified");
        assertEquals(AccountMapping.Status.VERIFIED, mapping.getStatus());
        assertEquals(List.of("cash"), mapping.getAccountTags());
    }

    @Test
    void removingTheCodeUnmapsIt() {
        AccountMapping mapping = cash();
        mapping.mapTo("1000", List.of());
        mapping.verify();
        mapping.mapTo(null, List.of());
        assertEquals(AccountMapping.Status.UNMAPPED, mapping.getStatus());
        assertFalse(mapping.isMapped());
    }
}
