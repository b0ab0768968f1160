package org.assay.accountmappings.boundary;

import static org.assay.access.control.Permissions.ENGAGEMENTS_READ;
import static org.assay.access.control.Permissions.ENGAGEMENTS_WRITE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.json.Json;
import org.assay.exports.boundary.FileJobs;
import org.assay.exports.entity.FileResult;
import org.assay.jobs.boundary.AsyncResultRead;
import org.assay.jobs.entity.AsyncResult;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.engagements.boundary.EngagementAccess;
import org.assay.platform.boundary.EntityStore;
import org.assay.platform.boundary.InvalidInputException;
import org.assay.platform.boundary.Problem;
import org.assay.platform.boundary.ProblemType;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/**
 * Account mappings of an engagement ({@code /account-mappings}), guarded by the engagement permissions as in the
 * reference. Mappings are created by ingestion, one per account the engagement's files use.
 */
@Stateless
public class AccountMappingFacade {

    static final String ENTITY = "ACCOUNT_MAPPING";
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    static final int TAG_MAX = 80;

    static final QueryFields FIELDS = QueryFields.builder()
            .audited()
            .id("engagementId", "engagementId")
            .string("account", "account")
            .string("accountDescription", "accountDescription")
            .string("code", "code")
            .stringSet("accountTags", "accountTags")
            .enumeration("status", "status", AccountMapping.Status.class)
            .build();

    @Inject
    EntityStore store;

    @Inject
    EngagementAccess access;

    @Inject
    FileJobs fileJobs;

    @RolesAllowed(ENGAGEMENTS_READ)
    public AccountMappingRead get(String id) {
        return AccountMappingRead.of(find(id));
    }

    @RolesAllowed(ENGAGEMENTS_READ)
    public Page<AccountMappingRead> query(QueryRequest request) {
        return access.page(AccountMapping.class, FIELDS, request, AccountMappingRead::of);
    }

    @RolesAllowed(ENGAGEMENTS_WRITE)
    public AccountMappingRead update(String id, AccountMappingUpdate request) {
        AccountMapping mapping = find(id);
        store.checkVersion(mapping, ENTITY, request.version());
        List<Problem> problems = new ArrayList<>();
        String code = request.code() == null || request.code().isBlank() ? null : request.code().trim();
        if (code != null && (code.length() > AccountMapping.CODE_MAX || !CODE.matcher(code).matches())) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "code", "code must be 1–" + AccountMapping.CODE_MAX
                    + " letters, digits, '.', '_' or '-', starting with a letter or digit"));
        }
        List<String> tags = request.accountTags() == null ? List.of() : request.accountTags();
        if (tags.stream().anyMatch(t -> t == null || t.isBlank() || t.length() > TAG_MAX)) {
            problems.add(Problem.error(ProblemType.ILLEGAL_ARGUMENT, "accountTags",
                    "accountTags must be non-blank texts of at most " + TAG_MAX + " characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        mapping.mapTo(code, tags.stream().map(String::trim).distinct().toList());
        store.modified(mapping);
        return AccountMappingRead.of(mapping);
    }

    /**
     * Exports the engagement's account mappings as CSV: an {@code ACCOUNT_MAPPING_EXPORT} job whose {@code entityId}
     * is the file result.
     */
    @RolesAllowed(ENGAGEMENTS_READ)
    public AsyncResultRead export(EngagementReference request) {
        if (request == null || request.engagementId() == null) {
            throw InvalidInputException.of("engagementId", "engagementId is required");
        }
        access.findVisible(request.engagementId());
        return fileJobs.start(AsyncResult.Type.ACCOUNT_MAPPING_EXPORT, FileResult.Kind.ACCOUNT_MAPPING_EXPORT,
                "account_mappings.csv", request.engagementId(), Json.createObjectBuilder()
                        .add("engagementId", request.engagementId()).build().toString());
    }

    /** Verifies every mapped account of the engagement; answers how many changed. */
    @RolesAllowed(ENGAGEMENTS_WRITE)
    public int verify(EngagementReference request) {
        int verified = 0;
        for (AccountMapping mapping : ofEngagement(request)) {
            if (mapping.verify()) {
                store.modified(mapping);
                verified++;
            }
        }
        return verified;
    }

    /** Deletes the mappings of accounts that no ingested journal line of the engagement uses any more. */
    @RolesAllowed(ENGAGEMENTS_WRITE)
    public int deleteUnused(EngagementReference request) {
        List<AccountMapping> mappings = ofEngagement(request);
        List<String> used = store.em().createQuery("select distinct j.account from JournalLineRow j, AnalysisSource s "
                        + "where j.sourceId = s.id and s.engagementId = :engagementId "
                        + "and s.workflowState = org.assay.sources.entity.WorkflowState.COMPLETED", String.class)
                .setParameter("engagementId", request.engagementId()).getResultList();
        int deleted = 0;
        for (AccountMapping mapping : mappings) {
            if (!used.contains(mapping.getAccount())) {
                store.delete(mapping);
                deleted++;
            }
        }
        return deleted;
    }

    private List<AccountMapping> ofEngagement(EngagementReference request) {
        if (request == null || request.engagementId() == null) {
            throw InvalidInputException.of("engagementId", "engagementId is required");
        }
        access.findVisible(request.engagementId());
        return store.em().createNamedQuery(AccountMapping.OF_ENGAGEMENT, AccountMapping.class)
                .setParameter("engagementId", request.engagementId()).getResultList();
    }

    private AccountMapping find(String id) {
        return access.find(AccountMapping.class, ENTITY, id, AccountMapping::getEngagementId);
    }
}
