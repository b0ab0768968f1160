package org.assay.ingestion.control;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The canonical general-ledger fields a column can be mapped to, with MindBridge's field name
 * ({@code mindbridgeField} on the wire) and the header names that propose the mapping automatically.
 */
public enum GlField {

    TRANSACTION_ID("transaction_id", "transaction id",
            "transaction id", "transaction", "transaction number", "transaction no", "txid", "tx id", "trans id",
            "journal id", "journal", "journal number", "journal no", "je", "je id", "je number", "je no",
            "document number", "document no", "doc no", "doc number", "document", "voucher", "voucher number",
            "belnr"),
    ENTRY_ID("entry_id", "entry id",
            "entry id", "line", "line number", "line no", "line id", "journal line", "entry line", "buzei"),
    EFFECTIVE_DATE("effective_date", "effective date",
            "effective date", "date", "posting date", "posted date", "gl date", "accounting date",
            "transaction date", "budat"),
    ENTERED_DATE("entered_date", "entered date",
            "entered date", "entry date", "created date", "creation date", "input date", "date entered",
            "date created", "cpudt"),
    ACCOUNT("account_id", "account",
            "account id", "account", "gl account", "account number", "account no", "acct", "acct no",
            "gl account number", "account code", "hkont"),
    ACCOUNT_DESCRIPTION("account_description", "account description",
            "account description", "account name", "account desc", "gl account name", "acct description",
            "acct name"),
    DESCRIPTION("memo", "memo",
            "memo", "description", "line description", "narrative", "text", "line memo", "journal description",
            "comment", "details", "sgtxt"),
    DEBIT("debit", "debit",
            "debit", "debits", "debit amount", "debit amt", "dr"),
    CREDIT("credit", "credit",
            "credit", "credits", "credit amount", "credit amt", "cr"),
    AMOUNT("amount", "signed amount",
            "amount", "signed amount", "net amount", "net"),
    USER("entered_by", "user",
            "entered by", "user", "user id", "user name", "created by", "posted by", "preparer", "usnam"),
    SOURCE("source", "source",
            "source", "transaction type", "journal type", "je source", "type", "source code", "document type",
            "blart"),
    COMPANY_CODE("company_code", "company code",
            "company code", "company", "company id", "entity", "entity code", "bukrs");

    private static final Map<String, GlField> BY_SYNONYM = bySynonym();

    private final String mindbridgeField;
    private final String label;
    private final List<String> synonyms;

    GlField(String mindbridgeField, String label, String... synonyms) {
        this.mindbridgeField = mindbridgeField;
        this.label = label;
        this.synonyms = List.of(synonyms);
    }

    /** The field's name in MindBridge's API, e.g. {@code account_id}. */
    public String mindbridgeField() {
        return mindbridgeField;
    }

    /** How messages name the field, e.g. "effective date". */
    public String label() {
        return label;
    }

    public List<String> synonyms() {
        return synonyms;
    }

    /** The field whose MindBridge name is {@code name} (as written or normalised), if we support it. */
    public static Optional<GlField> fromMindbridgeField(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String key = normalise(name);
        for (GlField field : values()) {
            if (normalise(field.mindbridgeField).equals(key)) {
                return Optional.of(field);
            }
        }
        return Optional.empty();
    }

    /** The field a column header proposes, ignoring case, spaces and punctuation ("Posting_Date" → EFFECTIVE_DATE). */
    public static Optional<GlField> forHeader(String header) {
        return header == null ? Optional.empty() : Optional.ofNullable(BY_SYNONYM.get(normalise(header)));
    }

    /** Lower case letters and digits only, so "GL Account #", "gl_account" and "GLAccount" compare equal. */
    static String normalise(String text) {
        StringBuilder key = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints()
                .filter(Character::isLetterOrDigit)
                .forEach(key::appendCodePoint);
        return key.toString();
    }

    private static Map<String, GlField> bySynonym() {
        Map<String, GlField> map = new HashMap<>();
        for (GlField field : values()) {
            for (String name : field.synonyms) {
                register(map, normalise(name), field);
            }
            register(map, normalise(field.mindbridgeField), field);
        }
        return Collections.unmodifiableMap(map);
    }

    private static void register(Map<String, GlField> map, String key, GlField field) {
        GlField previous = map.putIfAbsent(key, field);
        if (previous != null && previous != field) {
            throw new IllegalStateException("Header synonym '" + key + "' claimed by " + previous + " and " + field);
        }
    }
}
