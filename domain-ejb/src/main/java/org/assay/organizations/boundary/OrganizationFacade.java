package org.assay.organizations.boundary;

import static org.assay.access.control.Permissions.ORGANIZATIONS_DELETE;
import static org.assay.access.control.Permissions.ORGANIZATIONS_READ;
import static org.assay.access.control.Permissions.ORGANIZATIONS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;
import org.assay.access.boundary.CallerContext;
import org.assay.engagements.entity.Engagement;
import org.assay.organizations.entity.Organization;
import org.assay.platform.boundary.DuplicateValueException;
import org.assay.platform.boundary.EntityNotFoundException;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.users.entity.User;

/**
 * Organizations. App Admins and API tokens see all of them; everybody else sees only the organizations they
 * manage, and an organization they may not see answers 404 as if it did not exist.
 */
@Stateless
public class OrganizationFacade {

    static final String ENTITY = "ORGANIZATION";

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .string("name", "name")
            .string("externalClientCode", "externalClientCode")
            .stringSet("managerUserIds", "managerUserIds")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    CallerContext caller;

    @RolesAllowed(ORGANIZATIONS_WRITE)
    public OrganizationRead create(OrganizationCreate request) {
        Set<String> managers = validate(request.name(), request.externalClientCode(), request.managerUserIds());
        if (!caller.isTenantWide()) {
            managers.add(caller.userId()); // otherwise its creator could not see it
        }
        refuseDuplicateName(request.name(), null);
        Organization organization = new Organization(request.name());
        organization.setExternalClientCode(request.externalClientCode());
        organization.replaceManagers(managers);
        store.create(organization);
        store.flush(() -> duplicateName(request.name()));
        return OrganizationRead.of(organization);
    }

    @RolesAllowed(ORGANIZATIONS_READ)
    public OrganizationRead get(String id) {
        return OrganizationRead.of(findVisible(id));
    }

    @RolesAllowed(ORGANIZATIONS_READ)
    public Page<OrganizationRead> query(QueryRequest request) {
        return queries.page(Organization.class, FIELDS, request, visibility()).map(OrganizationRead::of);
    }

    @RolesAllowed(ORGANIZATIONS_WRITE)
    public OrganizationRead update(String id, OrganizationUpdate request) {
        Organization organization = findVisible(id);
        store.checkVersion(organization, ENTITY, request.version());
        Set<String> managers = validate(request.name(), request.externalClientCode(), request.managerUserIds());
        refuseDuplicateName(request.name(), organization.getId());
        organization.rename(request.name());
        organization.setExternalClientCode(request.externalClientCode());
        organization.replaceManagers(managers);
        store.modified(organization);
        store.flush(() -> duplicateName(request.name()));
        return OrganizationRead.of(organization);
    }

    @RolesAllowed(ORGANIZATIONS_DELETE)
    public void delete(String id) {
        Organization organization = findVisible(id);
        long engagements = store.em().createNamedQuery(Engagement.COUNT_IN_ORGANIZATION, Long.class)
                .setParameter("organizationId", id).getSingleResult();
        if (engagements > 0) {
            throw new InvalidStateException(ProblemType.CANNOT_DELETE, ENTITY, id, "id",
                    "the organization still holds " + engagements + " engagement(s); delete them first");
        }
        store.delete(organization);
    }

    private Organization findVisible(String id) {
        Organization organization = store.find(Organization.class, ENTITY, id);
        if (!caller.isTenantWide() && !organization.getManagerUserIds().contains(caller.userId())) {
            throw new EntityNotFoundException(ENTITY, id);
        }
        return organization;
    }

    private BiFunction<CriteriaBuilder, Root<Organization>, Predicate> visibility() {
        if (caller.isTenantWide()) {
            return null;
        }
        String userId = caller.userId();
        return (cb, root) -> cb.isMember(userId, root.get("managerUserIds"));
    }

    /** Checks every field at once, so the caller learns all problems in one answer; returns the manager ids. */
    private Set<String> validate(String name, String externalClientCode, List<String> managerUserIds) {
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "name is required and must not be blank"));
        } else if (name.trim().length() > Organization.NAME_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name",
                    "name must have at most " + Organization.NAME_MAX + " characters, it has " + name.trim().length()));
        }
        if (externalClientCode != null && externalClientCode.length() > Organization.CLIENT_CODE_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "externalClientCode",
                    "externalClientCode must have at most " + Organization.CLIENT_CODE_MAX + " characters"));
        }
        Set<String> managers = new LinkedHashSet<>(managerUserIds == null ? List.of() : managerUserIds);
        List<String> unknown = managers.stream().filter(id -> !store.exists(User.class, id)).toList();
        if (!unknown.isEmpty()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "managerUserIds",
                    "managerUserIds must name existing users").withValues(unknown));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        return managers;
    }

    private void refuseDuplicateName(String name, String exceptId) {
        boolean taken = store.em().createNamedQuery(Organization.BY_NAME_KEY, Organization.class)
                .setParameter("nameKey", Organization.nameKey(name)).getResultStream()
                .anyMatch(other -> !other.getId().equals(exceptId));
        if (taken) {
            throw duplicateName(name);
        }
    }

    private static DuplicateValueException duplicateName(String name) {
        return new DuplicateValueException(ENTITY, "name", name.trim());
    }
}
