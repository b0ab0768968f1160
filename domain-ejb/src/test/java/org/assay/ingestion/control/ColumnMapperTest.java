package org.assay.ingestion.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ColumnMapperTest {

    private final ColumnMapper cut = new ColumnMapper();
    private final List<IngestionMessage> warnings = new ArrayList<>();

    private ColumnMappings map(List<String> headers, ExplicitMapping... explicit) throws IngestionFailure {
        return cut.map(headers, List.of(explicit), warnings::add);
    }

    private static List<GlField> fields(ColumnMappings mappings) {
        return mappings.columns().stream().map(ColumnMapping::field).toList();
    }

    @Test
    void proposesFieldsFromHeaderSynonymsIgnoringCaseSpacesAndPunctuation() throws Exception {
        ColumnMappings mappings = map(List.of("JE Number", "Line_No", "GL Date", "Created Date", "Acct",
                "Account Name", "Narrative", "DR", "Cr", "Posted By", "JE Source", "BUKRS", "Region"));

        assertEquals(Arrays.asList(GlField.TRANSACTION_ID, GlField.ENTRY_ID, GlField.EFFECTIVE_DATE,
                GlField.ENTERED_DATE, GlField.ACCOUNT, GlField.ACCOUNT_DESCRIPTION, GlField.DESCRIPTION, GlField.DEBIT,
                GlField.CREDIT, GlField.USER, GlField.SOURCE, GlField.COMPANY_CODE, null), fields(mappings));
        assertEquals(MappingType.NOT_MAPPED, mappings.columns().get(12).mappingType());
        assertEquals(List.of(), mappings.missingRequired());
    }

    @Test
    void mapsMindBridgeSampleHeaders() throws Exception {
        ColumnMappings mappings = map(List.of("transaction_id", "account", "account_description", "effective_date",
                "credit", "debit", "balance", "user_id", "transaction_type", "memo", "region", "job_number",
                "company_code", "entered_date", "department"));

        assertEquals(List.of(), mappings.missingRequired());
        assertEquals(7, mappings.position(GlField.USER));
        assertEquals(8, mappings.position(GlField.SOURCE));
        assertEquals(ColumnMappings.UNMAPPED, mappings.position(GlField.AMOUNT));
    }

    @Test
    void aFieldGoesToTheFirstColumnProposingIt() throws Exception {
        ColumnMappings mappings = map(List.of("Date", "Posting Date", "Account", "Amount"));

        assertEquals(0, mappings.position(GlField.EFFECTIVE_DATE));
        assertEquals(MappingType.NOT_MAPPED, mappings.columns().get(1).mappingType());
    }

    @Test
    void explicitMappingsWinAndFreeTheFieldFromProposals() throws Exception {
        ColumnMappings mappings = map(List.of("Date", "Value Date", "Account", "Amount"),
                new ExplicitMapping(1, "effective_date"), new ExplicitMapping(3, " "));

        assertEquals(Arrays.asList(null, GlField.EFFECTIVE_DATE, GlField.ACCOUNT, null), fields(mappings));
        assertEquals(List.of(MappingType.NOT_MAPPED, MappingType.MANUAL, MappingType.AUTO, MappingType.NOT_MAPPED),
                mappings.columns().stream().map(ColumnMapping::mappingType).toList());
        assertEquals(List.of("debit and credit, or one signed amount"), mappings.missingRequired());
    }

    @Test
    void anUnsupportedFieldIsIgnoredWithAWarning() throws Exception {
        ColumnMappings mappings = map(List.of("Account", "Date", "Amount", "Dept"), new ExplicitMapping(3, "department"));

        assertEquals(ColumnMappings.UNMAPPED, mappings.position(GlField.SOURCE));
        assertEquals(IngestionCode.UNSUPPORTED_FIELD_MAPPING, warnings.get(0).code());
    }

    @Test
    void refusesAPositionOutsideTheColumns() {
        IngestionFailure failure = assertThrows(IngestionFailure.class,
                () -> map(List.of("Account", "Date"), new ExplicitMapping(2, "amount")));

        assertEquals(IngestionCode.INVALID_COLUMN_MAPPING, failure.ingestionMessage().code());
    }

    @Test
    void refusesOneFieldForTwoColumns() {
        IngestionFailure failure = assertThrows(IngestionFailure.class, () -> map(List.of("A", "B"),
                new ExplicitMapping(0, "account_id"), new ExplicitMapping(1, "account_id")));

        assertTrue(failure.ingestionMessage().defaultMessage().contains("'A' (position 0) and 'B' (position 1)"));
    }

    @Test
    void namesWhatIsMissing() throws Exception {
        assertEquals(List.of("account", "effective date", "debit and credit, or one signed amount"),
                map(List.of("Memo")).missingRequired());
        assertEquals(List.of("credit (or one signed amount column instead of debit and credit)"),
                map(List.of("Account", "Date", "Debit")).missingRequired());
    }

    @Test
    void debitAndCreditWinOverAnAmountColumn() throws Exception {
        assertTrue(map(List.of("Account", "Date", "Amount")).usesSignedAmount());
        assertEquals(false, map(List.of("Account", "Date", "Amount", "Debit", "Credit")).usesSignedAmount());
    }

    @Test
    void mindBridgeFieldNamesAreRecognised() {
        for (GlField field : GlField.values()) {
            assertEquals(Optional.of(field), GlField.fromMindbridgeField(field.mindbridgeField()));
            assertEquals(Optional.of(field), GlField.forHeader(field.mindbridgeField()));
        }
        assertEquals(Optional.empty(), GlField.fromMindbridgeField("department"));
    }
}
