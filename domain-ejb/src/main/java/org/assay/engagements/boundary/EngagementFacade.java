package org.assay.engagements.boundary;

import static org.assay.access.control.Permissions.ENGAGEMENTS_DELETE;
import static org.assay.access.control.Permissions.ENGAGEMENTS_READ;
import static org.assay.access.control.Permissions.ENGAGEMENTS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.assay.access.boundary.CallerContext;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.analyses.entity.Analysis;
import org.assay.catalogue.entity.Library;
import org.assay.engagements.entity.AccountingPeriod;
import org.assay.engagements.entity.Engagement;
import org.assay.files.entity.FileManagerEntry;
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
import org.assay.riskranges.entity.RiskRange;
import org.assay.users.entity.User;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;

/**
 * Engagements (api-reference §3.3). Names are unique within their organization ignoring case (409). Fields the
 * caller leaves out get the official client's defaults, so that a bare API call and a client call agree.
 */
@Stateless
public class EngagementFacade {

    static final String ENTITY = EngagementAccess.ENTITY;
    static final String DEFAULT_TEXT = "Other";

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .id("organizationId", "organizationId")
            .id("libraryId", "libraryId")
            .id("engagementLeadId", "engagementLeadId")
            .stringSet("auditorIds", "auditorIds")
            .string("name", "name")
            .string("billingCode", "billingCode")
            .string("accountingPackage", "accountingPackage")
            .string("industry", "industry")
            .date("auditPeriodEndDate", "auditPeriodEndDate")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EntityQueries queries;

    @Inject
    EngagementAccess access;

    @Inject
    CallerContext caller;

    @Inject
    WebhookEvents webhooks;

    @RolesAllowed(ENGAGEMENTS_WRITE)
    public EngagementRead create(EngagementCreate request) {
        List<Problem> problems = new ArrayList<>();
        Organization organization = visibleOrganization(request.organizationId(), problems);
        String libraryId = request.libraryId();
        if (libraryId == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "libraryId", "libraryId is required"));
        } else {
            Library library = store.exists(Library.class, libraryId) ? store.em().find(Library.class, libraryId) : null;
            if (library == null) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "libraryId", "no library has id " + libraryId));
            } else if (library.isArchived()) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "libraryId",
                        "library " + libraryId + " is archived and cannot be used for new engagements"));
            }
        }
        Engagement template = null;
        if (request.settingsBasedOnEngagementId() != null) {
            template = store.em().find(Engagement.class, request.settingsBasedOnEngagementId());
            if (template == null || !access.canSee(template)) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "settingsBasedOnEngagementId",
                        "no engagement has id " + request.settingsBasedOnEngagementId()));
            }
        }
        Details details = validate(request.name(), request.billingCode(), orTemplate(request.accountingPeriod(), template),
                request.auditPeriodEndDate(), request.accountingPackage(), request.industry(),
                request.engagementLeadId() == null ? caller.userId() : request.engagementLeadId(),
                request.reportingPeriodConfigurationId(), request.auditorIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        refuseDuplicateName(organization.getId(), request.name(), null);
        Engagement engagement = new Engagement(organization.getId(), libraryId, request.name());
        details.applyTo(engagement);
        store.create(engagement);
        store.flush(() -> duplicateName(request.name()));
        announce(WebhookEventType.ENGAGEMENT_CREATED, engagement.getId());
        return EngagementRead.of(engagement);
    }

    @RolesAllowed(ENGAGEMENTS_READ)
    public EngagementRead get(String id) {
        return EngagementRead.of(access.findVisible(id));
    }

    @RolesAllowed(ENGAGEMENTS_READ)
    public Page<EngagementRead> query(QueryRequest request) {
        return queries.page(Engagement.class, FIELDS, request, access.<Engagement>restriction("id"))
                .map(EngagementRead::of);
    }

    @RolesAllowed(ENGAGEMENTS_WRITE)
    public EngagementRead update(String id, EngagementUpdate request) {
        Engagement engagement = access.findVisible(id);
        store.checkVersion(engagement, ENTITY, request.version());
        List<Problem> problems = new ArrayList<>();
        Details details = validate(request.name(), request.billingCode(), request.accountingPeriod(),
                request.auditPeriodEndDate(), request.accountingPackage(), request.industry(),
                request.engagementLeadId() == null ? engagement.getEngagementLeadId() : request.engagementLeadId(),
                request.reportingPeriodConfigurationId(), request.auditorIds(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        refuseDuplicateName(engagement.getOrganizationId(), request.name(), id);
        engagement.rename(request.name());
        details.applyTo(engagement);
        store.modified(engagement);
        store.flush(() -> duplicateName(request.name()));
        announce(WebhookEventType.ENGAGEMENT_UPDATED, id);
        return EngagementRead.of(engagement);
    }

    /**
     * Refused while the engagement still holds analyses or files: deleting audit evidence is an explicit act. Its
     * account mappings go with it.
     */
    @RolesAllowed(ENGAGEMENTS_DELETE)
    public void delete(String id) {
        Engagement engagement = access.findVisible(id);
        long analyses = countIn(Analysis.class, id);
        long files = countIn(FileManagerEntry.class, id);
        if (analyses + files > 0) {
            throw new InvalidStateException(ProblemType.CANNOT_DELETE, ENTITY, id, "id", "the engagement still holds "
                    + analyses + " analysis(es) and " + files + " file-manager entr(ies); delete them first");
        }
        store.em().createNamedQuery(AccountMapping.OF_ENGAGEMENT, AccountMapping.class).setParameter("engagementId", id)
                .getResultStream().forEach(store::delete);
        store.em().createNamedQuery(RiskRange.OF_ENGAGEMENT, RiskRange.class).setParameter("engagementId", id)
                .getResultStream().forEach(store::delete);
        store.delete(engagement);
        announce(WebhookEventType.ENGAGEMENT_DELETED, id);
    }

    private void announce(WebhookEventType type, String engagementId) {
        webhooks.publish(WebhookEvent.of(type, caller.userId(), "engagementId", engagementId));
    }

    private long countIn(Class<?> type, String engagementId) {
        return store.em().createQuery("select count(x) from " + type.getSimpleName() + " x where x.engagementId = :id",
                Long.class).setParameter("id", engagementId).getSingleResult();
    }

    private Organization visibleOrganization(String organizationId, List<Problem> problems) {
        if (organizationId == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "organizationId", "organizationId is required"));
            throw new InvalidInputException(problems);
        }
        Organization organization = store.exists(Organization.class, organizationId)
                ? store.em().find(Organization.class, organizationId) : null;
        if (organization == null
                || !caller.isTenantWide() && !organization.getManagerUserIds().contains(caller.userId())) {
            throw new EntityNotFoundException("ORGANIZATION", organizationId);
        }
        return organization;
    }

    private static AccountingPeriodData orTemplate(AccountingPeriodData given, Engagement template) {
        return given != null || template == null ? given : AccountingPeriodData.of(template.getAccountingPeriod());
    }

    /** The validated editable fields, defaults applied. */
    private record Details(String billingCode, AccountingPeriod accountingPeriod, LocalDate auditPeriodEndDate,
            String accountingPackage, String industry, String engagementLeadId, String reportingPeriodConfigurationId,
            Set<String> auditorIds) {

        void applyTo(Engagement engagement) {
            engagement.describe(billingCode, accountingPeriod, auditPeriodEndDate, accountingPackage, industry,
                    engagementLeadId, reportingPeriodConfigurationId, auditorIds);
        }
    }

    private Details validate(String name, String billingCode, AccountingPeriodData accountingPeriod,
            LocalDate auditPeriodEndDate, String accountingPackage, String industry, String engagementLeadId,
            String reportingPeriodConfigurationId, List<String> auditorIds, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "name is required and must not be blank"));
        } else if (name.trim().length() > Engagement.NAME_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name",
                    "name must have at most " + Engagement.NAME_MAX + " characters, it has " + name.trim().length()));
        }
        checkLength("billingCode", billingCode, problems);
        checkLength("accountingPackage", accountingPackage, problems);
        checkLength("industry", industry, problems);
        AccountingPeriod period = (accountingPeriod == null ? AccountingPeriodData.CALENDAR_YEAR : accountingPeriod)
                .toEntity("accountingPeriod", problems);
        if (!store.exists(User.class, engagementLeadId)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "engagementLeadId",
                    "engagementLeadId must name an existing user").withValues(List.of(engagementLeadId)));
        }
        Set<String> auditors = new LinkedHashSet<>(auditorIds == null ? List.of() : auditorIds);
        List<String> unknown = auditors.stream().filter(id -> !store.exists(User.class, id)).toList();
        if (!unknown.isEmpty()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "auditorIds",
                    "auditorIds must name existing users").withValues(unknown));
        }
        if (reportingPeriodConfigurationId != null) {
            // Custom reporting periods are not part of Assay yet: refusing beats silently ignoring the id.
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "reportingPeriodConfigurationId",
                    "no reporting period configuration has id " + reportingPeriodConfigurationId));
        }
        LocalDate endDate = auditPeriodEndDate != null ? auditPeriodEndDate
                : LocalDate.now().withMonth(12).withDayOfMonth(31);
        return new Details(blankToNull(billingCode), period, endDate, orDefault(accountingPackage),
                orDefault(industry), engagementLeadId, null, auditors);
    }

    private static void checkLength(String field, String value, List<Problem> problems) {
        if (value != null && value.length() > Engagement.TEXT_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, field,
                    field + " must have at most " + Engagement.TEXT_MAX + " characters"));
        }
    }

    private static String orDefault(String value) {
        return value == null || value.isBlank() ? DEFAULT_TEXT : value.trim();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    private void refuseDuplicateName(String organizationId, String name, String exceptId) {
        boolean taken = store.em().createNamedQuery(Engagement.BY_NAME_KEY, Engagement.class)
                .setParameter("organizationId", organizationId).setParameter("nameKey", Engagement.nameKey(name))
                .getResultStream().anyMatch(other -> !other.getId().equals(exceptId));
        if (taken) {
            throw duplicateName(name);
        }
    }

    private static DuplicateValueException duplicateName(String name) {
        return new DuplicateValueException(ENTITY, "name", name.trim());
    }
}
