package org.assay.organizations.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.assay.platform.entity.AuditedEntity;

/**
 * A client of the firm, the root of engagements. Names are unique ignoring case and surrounding blanks; the
 * database enforces it through {@code nameKey} so that two concurrent creates cannot both win.
 */
@Entity
@Table(name = "organization", uniqueConstraints = @UniqueConstraint(name = "uk_organization_name", columnNames = "name_key"))
@NamedQuery(name = Organization.BY_NAME_KEY, query = "select o from Organization o where o.nameKey = :nameKey")
@NamedQuery(name = Organization.MANAGED_BY, query = "select o from Organization o where :userId member of o.managerUserIds")
public class Organization extends AuditedEntity {

    public static final String BY_NAME_KEY = "Organization.byNameKey";
    public static final String MANAGED_BY = "Organization.managedBy";
    public static final int NAME_MAX = 80;
    public static final int CLIENT_CODE_MAX = 80;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "name_key", nullable = false, length = NAME_MAX)
    private String nameKey;

    @Column(length = CLIENT_CODE_MAX)
    private String externalClientCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "organization_manager", joinColumns = @JoinColumn(name = "organization_id"))
    @Column(name = "user_id", length = 24)
    private Set<String> managerUserIds = new LinkedHashSet<>();

    protected Organization() {
    }

    public Organization(String name) {
        rename(name);
    }

    public static String nameKey(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    public void rename(String newName) {
        this.name = newName.trim();
        this.nameKey = nameKey(newName);
    }

    public String getName() {
        return name;
    }

    public String getExternalClientCode() {
        return externalClientCode;
    }

    public void setExternalClientCode(String externalClientCode) {
        this.externalClientCode = externalClientCode;
    }

    public Set<String> getManagerUserIds() {
        return Collections.unmodifiableSet(managerUserIds);
    }

    public void removeManager(String userId) {
        managerUserIds.remove(userId);
    }

    public void replaceManagers(Collection<String> userIds) {
        managerUserIds.clear();
        managerUserIds.addAll(userIds);
    }
}
