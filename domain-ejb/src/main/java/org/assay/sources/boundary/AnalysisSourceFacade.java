package org.assay.sources.boundary;

import static org.assay.access.control.Permissions.ANALYSIS_SOURCES_DELETE;
import static org.assay.access.control.Permissions.ANALYSIS_SOURCES_READ;
import static org.assay.access.control.Permissions.ANALYSIS_SOURCES_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.assay.analyses.entity.Analysis;
import org.assay.analyses.entity.AnalysisPeriod;
import org.assay.catalogue.entity.AnalysisSourceType;
import org.assay.catalogue.entity.AnalysisType;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.files.entity.FileManagerEntry;
import org.assay.ingestion.control.GlField;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.jobs.boundary.JobRunner;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.InvalidStateException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.control.Jsons;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;
import org.assay.sources.control.EffectiveDateMetrics;
import org.assay.sources.control.SourceKinds;
import org.assay.sources.entity.AnalysisSource;
import org.assay.sources.entity.WorkflowState;

/**
 * Analysis sources (api-reference §3.8): a file of the engagement attached to an analysis period and ingested by
 * an {@code ANALYSIS_SOURCE_INGESTION} job. Create and update answer with that job (202), as the client expects.
 */
@Stateless
public class AnalysisSourceFacade {

    static final String ENTITY = SourceRemoval.ENTITY;

    /** Where a caller may ask the job to stop: at the end, or after the columns were read for a review. */
    static final Set<WorkflowState> TARGETS = Set.of(WorkflowState.COMPLETED, WorkflowState.FORMAT_DETECTED,
            WorkflowState.FORMAT_DETECTION_COMPLETED, WorkflowState.COLUMNS_ANALYZED);

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .id("engagementId", "engagementId")
            .id("analysisId", "analysisId")
            .id("analysisPeriodId", "analysisPeriodId")
            .id("analysisSourceTypeId", "analysisSourceTypeId")
            .id("fileManagerFileId", "fileManagerFileId")
            .enumeration("workflowState", "workflowState", WorkflowState.class)
            .bool("warningsIgnored", "warningsIgnored")
            .build();

    @Inject
    EntityStore store;

    @Inject
    EngagementAccess access;

    @Inject
    SourceRemoval removal;

    @Inject
    JobRunner jobs;

    @RolesAllowed(ANALYSIS_SOURCES_WRITE)
    public AsyncResultRead create(AnalysisSourceCreate request) {
        if (request.engagementId() == null) {
            throw InvalidInputException.of("engagementId", "engagementId is required");
        }
        access.findVisible(request.engagementId());
        List<Problem> problems = new ArrayList<>();
        Analysis analysis = analysis(request, problems);
        String periodId = period(request.analysisPeriodId(), analysis, problems);
        String sourceTypeId = sourceType(request.analysisSourceTypeId(), analysis, problems);
        FileManagerEntry file = file(request.fileManagerFileId(), request.engagementId(), problems);
        WorkflowState target = target(request.targetWorkflowState(), problems);
        String mappings = proposedMappings(request.proposedColumnMappings(), problems);
        unsupported("proposedVirtualColumns", request.proposedVirtualColumns(), problems);
        unsupported("proposedAmbiguousColumnResolutions", request.proposedAmbiguousColumnResolutions(), problems);
        unsupported("proposedTransactionIdSelection", request.proposedTransactionIdSelection(), problems);
        if (Boolean.TRUE.equals(request.applyDegrouper())) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "applyDegrouper",
                    "Assay has no degrouper: send false or leave applyDegrouper out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        AnalysisSource source = new AnalysisSource(request.engagementId(), analysis.getId(), periodId, sourceTypeId,
                file.getId());
        source.configure(!Boolean.FALSE.equals(request.warningsIgnored()), false, target,
                request.additionalDataColumnField(), mappings);
        store.create(source);
        return startIngestion(source);
    }

    @RolesAllowed(ANALYSIS_SOURCES_READ)
    public AnalysisSourceRead get(String id) {
        return AnalysisSourceRead.of(findVisible(id));
    }

    @RolesAllowed(ANALYSIS_SOURCES_READ)
    public Page<AnalysisSourceRead> query(QueryRequest request) {
        return access.page(AnalysisSource.class, FIELDS, request, AnalysisSourceRead::of);
    }

    /** New settings, then the source is ingested again from its file. */
    @RolesAllowed(ANALYSIS_SOURCES_WRITE)
    public AsyncResultRead update(String id, AnalysisSourceUpdate request) {
        AnalysisSource source = findVisible(id);
        store.checkVersion(source, ENTITY, request.version());
        refuseWhileIngesting(source);
        List<Problem> problems = new ArrayList<>();
        WorkflowState target = target(request.targetWorkflowState(), problems);
        List<ProposedColumnMapping> wanted = request.columnMappings() == null ? request.proposedColumnMappings()
                : request.columnMappings().stream().filter(m -> m.mindbridgeField() != null)
                        .map(m -> new ProposedColumnMapping(m.position(), null, m.mindbridgeField(),
                                m.additionalColumnName())).toList();
        String mappings = wanted == null ? source.getProposedColumnMappingsJson() : proposedMappings(wanted, problems);
        unsupported("proposedVirtualColumns", request.proposedVirtualColumns(), problems);
        unsupported("virtualColumns", request.virtualColumns(), problems);
        unsupported("proposedAmbiguousColumnResolutions", request.proposedAmbiguousColumnResolutions(), problems);
        unsupported("ambiguousColumnResolutions", request.ambiguousColumnResolutions(), problems);
        unsupported("proposedTransactionIdSelection", request.proposedTransactionIdSelection(), problems);
        unsupported("transactionIdSelection", request.transactionIdSelection(), problems);
        if (Boolean.TRUE.equals(request.applyDegrouper())) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "applyDegrouper",
                    "Assay has no degrouper: send false or leave applyDegrouper out"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        source.configure(request.warningsIgnored() == null ? source.isWarningsIgnored() : request.warningsIgnored(),
                false, target, source.getAdditionalDataColumnField(), mappings);
        source.restart();
        store.modified(source);
        return startIngestion(source);
    }

    @RolesAllowed(ANALYSIS_SOURCES_DELETE)
    public void delete(String id) {
        removal.removeAll(List.of(findVisible(id)));
    }

    /** How the source's lines spread over time; the source must have been ingested. */
    @RolesAllowed(ANALYSIS_SOURCES_READ)
    public EffectiveDateMetrics.Metrics effectiveDateMetrics(String id, String period) {
        AnalysisSource source = findVisible(id);
        EffectiveDateMetrics.PeriodType type;
        try {
            type = EffectiveDateMetrics.PeriodType.valueOf(period == null ? "MONTH" : period);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(List.of(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "period",
                    "period must be DAY, WEEK or MONTH, got '" + period + "'")));
        }
        if (source.getWorkflowState() != WorkflowState.COMPLETED) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, id, "workflowState", "analysis source "
                    + id + " is " + source.getWorkflowState() + ": metrics exist once it is COMPLETED");
        }
        AnalysisPeriod analysisPeriod = store.em().find(Analysis.class, source.getAnalysisId())
                .period(source.getAnalysisPeriodId()).orElseThrow();
        List<EffectiveDateMetrics.Day> days = store.em().createQuery("select j.effectiveDay, count(j), "
                + "sum(j.debitCents), sum(j.creditCents) from JournalLineRow j where j.sourceId = :id "
                + "group by j.effectiveDay", Object[].class).setParameter("id", id).getResultStream()
                .map(row -> new EffectiveDateMetrics.Day(LocalDate.ofEpochDay(((Number) row[0]).longValue()),
                        ((Number) row[1]).longValue(), ((Number) row[2]).longValue(), ((Number) row[3]).longValue()))
                .toList();
        return EffectiveDateMetrics.of(days, analysisPeriod.getStartDate(), analysisPeriod.getEndDate(), type);
    }

    private AsyncResultRead startIngestion(AnalysisSource source) {
        AsyncResult job = new AsyncResult(AsyncResult.Type.ANALYSIS_SOURCE_INGESTION,
                AsyncResult.EntityType.ANALYSIS_SOURCE, source.getId(), source.getEngagementId());
        store.create(job);
        jobs.startAfterCommit(job.getId());
        return AsyncResultRead.of(job);
    }

    private AnalysisSource findVisible(String id) {
        return access.find(AnalysisSource.class, ENTITY, id, AnalysisSource::getEngagementId);
    }

    private void refuseWhileIngesting(AnalysisSource source) {
        long running = store.em().createQuery("select count(a) from AsyncResult a where a.entityId = :id "
                + "and a.status = :status", Long.class).setParameter("id", source.getId())
                .setParameter("status", AsyncResult.Status.IN_PROGRESS).getSingleResult();
        if (running > 0) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, ENTITY, source.getId(), "id",
                    "analysis source " + source.getId() + " is being ingested; update it when its job has ended");
        }
    }

    private Analysis analysis(AnalysisSourceCreate request, List<Problem> problems) {
        Analysis analysis = request.analysisId() == null || !store.exists(Analysis.class, request.analysisId()) ? null
                : store.em().find(Analysis.class, request.analysisId());
        if (analysis == null || !analysis.getEngagementId().equals(request.engagementId())) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisId",
                    "analysisId must name an analysis of engagement " + request.engagementId()));
            throw new InvalidInputException(problems);
        }
        if (analysis.isArchived()) {
            throw new InvalidStateException(ProblemType.INVALID_STATE, "ANALYSIS", analysis.getId(), "analysisId",
                    "analysis " + analysis.getId() + " is archived; unarchive it before adding sources");
        }
        return analysis;
    }

    /** The period the source belongs to; an analysis with a single period needs no explicit id. */
    private static String period(String periodId, Analysis analysis, List<Problem> problems) {
        List<AnalysisPeriod> periods = analysis.getAnalysisPeriods();
        if (periodId == null && periods.size() == 1) {
            return periods.get(0).getId();
        }
        if (periodId == null || analysis.period(periodId).isEmpty()) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisPeriodId",
                    "analysisPeriodId must name one of the analysis's periods")
                    .withSuggestedValues(periods.stream().map(AnalysisPeriod::getId).toList()));
        }
        return periodId;
    }

    private String sourceType(String sourceTypeId, Analysis analysis, List<Problem> problems) {
        if (sourceTypeId == null) {
            sourceTypeId = SourceKinds.GENERAL_LEDGER_JOURNAL;
        }
        AnalysisType type = store.em().find(AnalysisType.class, analysis.getAnalysisTypeId());
        AnalysisSourceType sourceType = store.exists(AnalysisSourceType.class, sourceTypeId)
                ? store.em().find(AnalysisSourceType.class, sourceTypeId) : null;
        if (sourceType == null || type == null || !SourceKinds.configured(type.getSourceConfigurationsJson(), sourceTypeId)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisSourceTypeId",
                    "analysisSourceTypeId must name a source type of the analysis's type"));
        } else if (!SourceKinds.ingestible(sourceTypeId)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "analysisSourceTypeId", "Assay ingests "
                    + "general-ledger journals only; " + sourceType.getName() + " files are not supported yet")
                    .withSuggestedValues(List.copyOf(SourceKinds.INGESTIBLE)));
        }
        return sourceTypeId;
    }

    private FileManagerEntry file(String fileId, String engagementId, List<Problem> problems) {
        FileManagerEntry file = fileId == null || !store.exists(FileManagerEntry.class, fileId) ? null
                : store.em().find(FileManagerEntry.class, fileId);
        if (file == null || file.isDirectory() || !file.getEngagementId().equals(engagementId)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "fileManagerFileId",
                    "fileManagerFileId must name a file (not a directory) of engagement " + engagementId));
        }
        return file;
    }

    private static WorkflowState target(WorkflowState requested, List<Problem> problems) {
        WorkflowState target = requested == null ? WorkflowState.COMPLETED : requested;
        if (!TARGETS.contains(target)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "targetWorkflowState", "targetWorkflowState "
                    + target + " is not one Assay stops at").withSuggestedValues(TARGETS.stream().map(Enum::name)
                    .sorted().toList()));
        }
        return target;
    }

    /** Checks the proposed mappings and returns them as stored (and echoed) JSON, or null when there are none. */
    private static String proposedMappings(List<ProposedColumnMapping> mappings, List<Problem> problems) {
        if (mappings == null || mappings.isEmpty()) {
            return null;
        }
        var array = Jsons.PROVIDER.createArrayBuilder();
        for (int i = 0; i < mappings.size(); i++) {
            ProposedColumnMapping m = mappings.get(i);
            String at = "proposedColumnMappings[" + i + "]";
            if (m == null || m.columnPosition() == null || m.columnPosition() < 0) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, at + ".columnPosition",
                        "columnPosition is required: the 0-based position of the column"));
                continue;
            }
            if (m.virtualColumnIndex() != null) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, at + ".virtualColumnIndex",
                        "Assay has no virtual columns yet"));
            }
            if (GlField.fromMindbridgeField(m.mindbridgeField()).isEmpty()) {
                problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, at + ".mindbridgeField",
                        "mindbridgeField '" + m.mindbridgeField() + "' is not a general-ledger field")
                        .withSuggestedValues(Arrays.stream(GlField.values()).map(GlField::mindbridgeField)
                                .toList()));
                continue;
            }
            JsonObject item = Jsons.PROVIDER.createObjectBuilder().add("columnPosition", m.columnPosition())
                    .add("mindbridgeField", m.mindbridgeField()).build();
            array.add(item);
        }
        JsonArray built = array.build();
        return built.toString();
    }

    private static void unsupported(String field, JsonValue value, List<Problem> problems) {
        boolean empty = value == null || value == JsonValue.NULL
                || value.getValueType() == JsonValue.ValueType.ARRAY && value.asJsonArray().isEmpty();
        if (!empty) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, field,
                    field + " is not supported by Assay yet: leave it out or send an empty list"));
        }
    }
}
