package org.assay.accountmappings.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.ArrayList;
import java.util.List;
import org.assay.platform.entity.AuditedEntity;

/**
 * How one general-ledger account of an engagement maps to an account class ({@code code}). A mapping appears when
 * an ingested file first uses the account; it is {@code UNMAPPED} until somebody gives it a code ({@code MANUAL}),
 * and a verification turns mapped accounts into {@code VERIFIED}.
 */
@Entity
@Table(name = "account_mapping",
        uniqueConstraints = @UniqueConstraint(name = "uk_account_mapping", columnNames = {"engagementId", "account"}))
@NamedQuery(name = AccountMapping.OF_ENGAGEMENT,
        query = "select m from AccountMapping m where m.engagementId = :engagementId")
public class AccountMapping extends AuditedEntity {

    public static final String OF_ENGAGEMENT = "AccountMapping.ofEngagement";
    public static final int CODE_MAX = 40;

    /** {@code status} of the reference. */
    public enum Status { MANUAL, MAC_CODE, MODIFIED_MAC, UNVERIFIED, VERIFIED, INFERRED, UNMAPPED, USED, UNUSED }

    @Column(nullable = false, length = 24, updatable = false)
    private String engagementId;

    @Column(nullable = false, length = 100, updatable = false)
    private String account;

    @Column(length = 255)
    private String accountDescription;

    @Column(length = CODE_MAX)
    private String code;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_mapping_tag", joinColumns = @JoinColumn(name = "account_mapping_id"))
    @OrderColumn(name = "position")
    @Column(name = "tag", length = 80)
    private List<String> accountTags = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.UNMAPPED;

    protected AccountMapping() {
    }

    public AccountMapping(String engagementId, String account, String accountDescription) {
        this.engagementId = engagementId;
        this.account = account;
        this.accountDescription = accountDescription;
    }

    /** A person's mapping: a code makes it {@code MANUAL}, no code {@code UNMAPPED}. */
    public void mapTo(String newCode, List<String> tags) {
        this.code = newCode;
        this.accountTags.clear();
        this.accountTags.addAll(tags);
        this.status = newCode == null ? Status.UNMAPPED : Status.MANUAL;
    }

    /** Confirms a mapped account; an unmapped one stays unmapped. Answers whether anything changed. */
    public boolean verify() {
        if (code == null || status == Status.VERIFIED) {
            return false;
        }
        status = Status.VERIFIED;
        return true;
    }

    public boolean isMapped() {
        return code != null;
    }

    public String getEngagementId() {
        return engagementId;
    }

    public String getAccount() {
        return account;
    }

    public String getAccountDescription() {
        return accountDescription;
    }

    public String getCode() {
        return code;
    }

    public List<String> getAccountTags() {
        return List.copyOf(accountTags);
    }

    public Status getStatus() {
        return status;
    }
}
