package org.assay.platform.query;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assay.platform.entity.AuditedEntity;

/** A test-only entity with an attribute of every kind the query language handles. */
@Entity
@Table(name = "qt_account")
public class TestAccount extends AuditedEntity {

    /** What the tests let clients filter and sort on. */
    static final QueryFields QUERY_FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("code", "code")
            .string("name", "name")
            .number("credit", "credit")
            .number("balance", "balance")
            .number("ratio", "ratio")
            .number("tier", "tier")
            .bool("active", "active")
            .bool("hidden", "hidden")
            .date("openedOn", "openedOn")
            .dateTime("closedAt", "closedAt")
            .dateTime("creationDate", "creationDate")
            .enumeration("status", "status", AccountStatus.class)
            .stringSet("tags", "tags")
            .flags("flags", orderedMap("hidden", "hidden", "locked", "locked"))
            .id("owner", "ownerId")
            .id("createdBy", "createdUserInfo.userId")
            .string("createdByName", "createdUserInfo.userName")
            .build();

    @Column(nullable = false, unique = true)
    private String code;
    private String name;
    private long credit;
    @Column(precision = 19, scale = 2)
    private BigDecimal balance;
    private Double ratio;
    private Integer tier;
    private Boolean active;
    private LocalDate openedOn;
    private Instant closedAt;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "qt_account_tag", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "tag")
    private Set<String> tags = new HashSet<>();
    private boolean hidden;
    private boolean locked;
    @Column(length = 24)
    private String ownerId;

    protected TestAccount() {
    }

    TestAccount(String code) {
        this.code = code;
    }

    TestAccount name(String value) {
        this.name = value;
        return this;
    }

    TestAccount credit(long value) {
        this.credit = value;
        return this;
    }

    TestAccount balance(String value) {
        this.balance = value == null ? null : new BigDecimal(value);
        return this;
    }

    TestAccount ratio(Double value) {
        this.ratio = value;
        return this;
    }

    TestAccount tier(Integer value) {
        this.tier = value;
        return this;
    }

    TestAccount active(Boolean value) {
        this.active = value;
        return this;
    }

    TestAccount openedOn(String value) {
        this.openedOn = value == null ? null : LocalDate.parse(value);
        return this;
    }

    TestAccount closedAt(String value) {
        this.closedAt = value == null ? null : Instant.parse(value);
        return this;
    }

    TestAccount status(AccountStatus value) {
        this.status = value;
        return this;
    }

    TestAccount tags(String... values) {
        this.tags = new HashSet<>(List.of(values));
        return this;
    }

    TestAccount hidden(boolean value) {
        this.hidden = value;
        return this;
    }

    TestAccount locked(boolean value) {
        this.locked = value;
        return this;
    }

    TestAccount ownerId(String value) {
        this.ownerId = value;
        return this;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public long getCredit() {
        return credit;
    }

    private static Map<String, String> orderedMap(String... keysAndValues) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
