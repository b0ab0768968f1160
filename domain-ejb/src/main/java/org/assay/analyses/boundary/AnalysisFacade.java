package org.assay.analyses.boundary;

import static org.assay.access.control.Permissions.ANALYSES_DELETE;
import static org.assay.access.control.Permissions.ANALYSES_READ;
import static org.assay.access.control.Permissions.ANALYSES_RUN;
import static org.assay.access.control.Permissions.ANALYSES_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.analyses.control.AnalysisPeriods;
import org.assay.analyses.control.Preflight;
import org.assay.analyses.entity.Analysis;
import org.assay.analyses.entity.AnalysisPeriod;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.catalogue.entity.Library;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.engagements.entity.AccountingPeriod;
import org.assay.engagements.entity.Engagement;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.scoring.boundary.AnalysisRuns;
import org.assay.sources.boundary.SourceRemoval;
import org.assay.sources.entity.AnalysisSource;
import org.assay.webhooks.boundary.WebhookEvent;
import org.assay.webhooks.boundary.WebhookEvents;
import org.assay.webhooks.control.WebhookEventType;
import org.assay.access.boundary.CallerContext;

/** Analyses (api-reference §3.4) and their readiness ({@code GET /analyses/{id}/status}). */
@Stateless
public class AnalysisFacade {

    static final String ENTITY = "ANALYSIS";

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .id("engagementId", "engagementId")
            .id("analysisTypeId", "analysisTypeId")
            .id("latestAnalysisResultId", "latestAnalysisResultId")
            .string("name", "name")
            .string("referenceId", "referenceId")
            .string("currencyCode", "currencyCode")
            .bool("interim", "interim")
            .bool("archived", "archived")
            .bool("periodic", "periodic")
            .bool("converted", "converted")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EngagementAccess access;

    @Inject
    SourceRemoval sourceRemoval;

    @Inject
    AnalysisRuns runs;

    @Inject
    CallerContext caller;

    @Inject
    WebhookEvents webhooks;

    @RolesAllowed(ANALYSES_WRITE)
    public AnalysisRead create(AnalysisCreate request) {
        if (request.engagementId() == null) {
            throw InvalidInputException.of("engagementId", "engagementId is required");
        }
        Engagement engagement = access.findVisible(request.engagementId());
        List<Problem> problems = new ArrayList<>();
        AnalysisType type = analysisType(request.analysisTypeId(), engagement, problems);
        boolean interim = Boolean.TRUE.equals(request.interim());
        boolean periodic = Boolean.TRUE.equals(request.periodic());
        if (type != null && interim && !type.isInterimSupported()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "interim", type.getName() + " has no interim analyses"));
        }
        if (type != null && periodic && !type.isPeriodicSupported()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "periodic", type.getName() + " has no periodic analyses"));
        }
        checkName(request.name(), problems);
        String currency = currency(request.currencyCode(), problems);
        if (request.referenceId() != null && request.referenceId().length() > Analysis.REFERENCE_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "referenceId",
                    "referenceId must have at most " + Analysis.REFERENCE_MAX + " characters"));
        }
        List<AnalysisPeriod> periods = periods(request.analysisPeriods(), interim, periodic, type, List.of(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Analysis analysis = new Analysis(engagement.getId(), type.getId(), request.name(), interim, periodic);
        analysis.replacePeriods(periods);
        analysis.describe(currency, request.referenceId(), null, engagement.getAccountingPeriod());
        store.create(analysis);
        announce(WebhookEventType.ANALYSIS_CREATED, analysis);
        return AnalysisRead.of(analysis);
    }

    @RolesAllowed(ANALYSES_READ)
    public AnalysisRead get(String id) {
        return AnalysisRead.of(findVisible(id));
    }

    @RolesAllowed(ANALYSES_READ)
    public Page<AnalysisRead> query(QueryRequest request) {
        return access.page(Analysis.class, FIELDS, request, AnalysisRead::of);
    }

    @RolesAllowed(ANALYSES_WRITE)
    public AnalysisRead update(String id, AnalysisUpdate request) {
        Analysis analysis = findVisible(id);
        store.checkVersion(analysis, ENTITY, request.version());
        List<Problem> problems = new ArrayList<>();
        checkName(request.name(), problems);
        String currency = currency(request.currencyCode(), problems);
        AnalysisType type = store.em().find(AnalysisType.class, analysis.getAnalysisTypeId());
        List<AnalysisPeriod> periods = periods(request.analysisPeriods(), analysis.isInterim(), analysis.isPeriodic(),
                type, analysis.getAnalysisPeriods(), problems);
        AccountingPeriod accountingPeriod = request.accountingPeriod() == null ? null
                : request.accountingPeriod().toEntity("accountingPeriod", problems);
        if (request.reportingPeriodConfigurationId() != null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "reportingPeriodConfigurationId",
                    "no reporting period configuration has id " + request.reportingPeriodConfigurationId()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        List<String> removedPeriods = analysis.getAnalysisPeriods().stream().map(AnalysisPeriod::getId)
                .filter(old -> periods.stream().noneMatch(p -> p.getId().equals(old))).toList();
        long orphaned = sources(id).stream().filter(s -> removedPeriods.contains(s.getAnalysisPeriodId())).count();
        if (orphaned > 0) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "analysisPeriods",
                    orphaned + " analysis source(s) belong to a period this update removes; delete them first");
        }
        analysis.rename(request.name());
        analysis.replacePeriods(periods);
        analysis.describe(currency, analysis.getReferenceId(), null, accountingPeriod);
        boolean wasArchived = analysis.isArchived();
        analysis.setArchived(Boolean.TRUE.equals(request.archived()));
        store.modified(analysis);
        announce(WebhookEventType.ANALYSIS_UPDATED, analysis);
        if (analysis.isArchived() != wasArchived) {
            announce(analysis.isArchived() ? WebhookEventType.ANALYSIS_ARCHIVED : WebhookEventType.ANALYSIS_UNARCHIVED,
                    analysis);
        }
        return AnalysisRead.of(analysis);
    }

    /** Deletes the analysis with its sources and their journal lines; refused while one of them is ingesting. */
    @RolesAllowed(ANALYSES_DELETE)
    public void delete(String id) {
        Analysis analysis = findVisible(id);
        if (running(analysis)) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "status",
                    "the analysis is running (" + analysis.getStatus() + "); delete it once the run has ended");
        }
        sourceRemoval.removeAll(sources(id));
        runs.removeAll(id);
        store.delete(analysis);
        announce(WebhookEventType.ANALYSIS_DELETED, analysis);
    }

    private void announce(WebhookEventType type, Analysis analysis) {
        webhooks.publish(WebhookEvent.of(type, caller.userId(), "engagementId", analysis.getEngagementId(),
                "analysisId", analysis.getId()));
    }

    @RolesAllowed(ANALYSES_READ)
    public AnalysisStatusRead status(String id) {
        return statusOf(findVisible(id));
    }

    /**
     * Starts a run (answered 202 with its {@code ANALYSIS_RUN} job): refused with the preflight errors while the
     * analysis is not ready, which includes while another run of it is in progress.
     */
    @RolesAllowed(ANALYSES_RUN)
    public AsyncResultRead run(String id) {
        Analysis analysis = findVisible(id);
        AnalysisStatusRead status = statusOf(analysis);
        if (!status.ready()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "preflightErrors",
                    "the analysis cannot run yet: " + String.join(", ", status.preflightErrors())
                    + " (GET /analyses/" + id + "/status explains each)");
        }
        return runs.start(analysis);
    }

    private AnalysisStatusRead statusOf(Analysis analysis) {
        String id = analysis.getId();
        AnalysisType type = store.em().find(AnalysisType.class, analysis.getAnalysisTypeId());
        List<AnalysisSource> sources = sources(id);
        List<Preflight.Source> checked = sources.stream().map(s -> new Preflight.Source(s.getAnalysisSourceTypeId(),
                s.getAnalysisPeriodId(), SourceRemoval.state(s), s.getWarningsJson() != null
                && !"[]".equals(s.getWarningsJson()), s.isWarningsIgnored())).toList();
        boolean running = running(analysis);
        List<String> errors = Preflight.errors(type == null ? null : type.getSourceConfigurationsJson(),
                analysis.isInterim(), analysis.isArchived(), running,
                analysis.getAnalysisPeriods().stream().map(AnalysisPeriod::getId).toList(), checked)
                .stream().map(Enum::name).toList();
        Map<String, Boolean> features = new LinkedHashMap<>();
        checked.forEach(s -> features.merge(s.sourceTypeId(), s.state() == Preflight.SourceState.COMPLETED,
                Boolean::logicalOr));
        List<AnalysisStatusRead.SourceStatus> statuses = sources.stream()
                .map(s -> new AnalysisStatusRead.SourceStatus(s.getId(), s.getAnalysisSourceTypeId(),
                        s.getAnalysisPeriodId(), SourceRemoval.state(s).name())).toList();
        boolean ready = errors.isEmpty();
        List<AccountMapping> mappings = store.em().createNamedQuery(AccountMapping.OF_ENGAGEMENT, AccountMapping.class)
                .setParameter("engagementId", analysis.getEngagementId()).getResultList();
        long mapped = mappings.stream().filter(AccountMapping::isMapped).count();
        // Assay infers no mappings (it has no account groupings to infer them from).
        return new AnalysisStatusRead(id, analysis.getAnalysisTypeId(), features, 0, mapped, mappings.size() - mapped,
                errors,
                ready && analysis.getLatestAnalysisResultId() != null, ready, statuses, analysis.getStatus().name());
    }

    private static boolean running(Analysis analysis) {
        return switch (analysis.getStatus()) {
            case IMPORTING_FILE, PREPARING_DATA, PROCESSING, CONSOLIDATING_RESULTS -> true;
            default -> false;
        };
    }

    /** The analysis, or 404 when it does not exist or its engagement is not visible to the caller. */
    public Analysis findVisible(String id) {
        return access.find(Analysis.class, ENTITY, id, Analysis::getEngagementId);
    }

    private List<AnalysisSource> sources(String analysisId) {
        return store.em().createNamedQuery(AnalysisSource.OF_ANALYSIS, AnalysisSource.class)
                .setParameter("analysisId", analysisId).getResultList();
    }

    private AnalysisType analysisType(String analysisTypeId, Engagement engagement, List<Problem> problems) {
        if (analysisTypeId == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisTypeId", "analysisTypeId is required"));
            return null;
        }
        AnalysisType type = store.exists(AnalysisType.class, analysisTypeId)
                ? store.em().find(AnalysisType.class, analysisTypeId) : null;
        Library library = store.em().find(Library.class, engagement.getLibraryId());
        if (type == null) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisTypeId",
                    "no analysis type has id " + analysisTypeId));
        } else if (type.isArchived() || library != null && !library.getAnalysisTypeIds().contains(analysisTypeId)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisTypeId", "analysis type "
                    + type.getName() + " is not offered by the engagement's library"));
            return null;
        }
        return type;
    }

    private static void checkName(String name, List<Problem> problems) {
        if (name == null || name.isBlank()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "name", "name is required and must not be blank"));
        } else if (name.trim().length() > Analysis.NAME_MAX) {
            problems.add(Problem.error(ProblemType.LESS_VALUE_REQUIRED, "name",
                    "name must have at most " + Analysis.NAME_MAX + " characters, it has " + name.trim().length()));
        }
    }

    private static String currency(String code, List<Problem> problems) {
        if (code == null) {
            return null;
        }
        try {
            return Currency.getInstance(code).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "currencyCode",
                    "currencyCode must be an ISO 4217 code such as USD, got '" + code + "'"));
            return null;
        }
    }

    private static List<AnalysisPeriod> periods(List<AnalysisPeriodData> requested, boolean interim, boolean periodic,
            AnalysisType type, List<AnalysisPeriod> existing, List<Problem> problems) {
        List<AnalysisPeriods.Violation> violations = new ArrayList<>();
        List<AnalysisPeriods.Requested> asked = requested == null ? null : requested.stream()
                .map(p -> p == null ? null : new AnalysisPeriods.Requested(p.id(), p.startDate(), p.endDate(),
                        p.interimAsAtDate())).toList();
        List<AnalysisPeriod> periods = AnalysisPeriods.check(asked, interim, periodic,
                type == null ? 1 : type.getMaxPeriod(), existing, violations);
        violations.forEach(v -> problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, v.field(), v.reason())));
        return periods;
    }
}
