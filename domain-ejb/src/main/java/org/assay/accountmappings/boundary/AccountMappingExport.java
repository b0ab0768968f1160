package org.assay.accountmappings.boundary;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.exports.boundary.ExportSteps;
import org.assay.exports.entity.FileResult;
import org.assay.files.boundary.StoredFiles;
import org.assay.files.control.StoredFile;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.boundary.JobHandler;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.control.CsvWriter;
import org.assay.platform.control.Jsons;

/**
 * The {@code ACCOUNT_MAPPING_EXPORT} job: the engagement's account mappings, one CSV row per account in account
 * order, read and written in one transaction (an engagement has hundreds to a few thousand accounts), published on
 * the file result once written.
 */
@Stateless
public class AccountMappingExport implements JobHandler {

    static final List<String> COLUMNS = List.of("account", "account_description", "code", "account_tags", "status");

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Inject
    ExportSteps steps;

    @Inject
    StoredFiles storedFiles;

    @Override
    public AsyncResult.Type type() {
        return AsyncResult.Type.ACCOUNT_MAPPING_EXPORT;
    }

    @Override
    public void run(JobContext job) {
        Optional<FileResult> begun = steps.begin(job);
        if (begun.isEmpty()) {
            job.ledger().fail(job.asyncResultId(), "The export was deleted before it was written", null);
            return;
        }
        String engagementId = Jsons.parse(begun.get().getRequestJson()).asJsonObject().getString("engagementId");
        List<AccountMapping> mappings = em.createQuery("select m from AccountMapping m where m.engagementId = "
                + ":engagementId order by m.account", AccountMapping.class)
                .setParameter("engagementId", engagementId).getResultList();
        StoredFile file = storedFiles.write(out -> {
            Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            CsvWriter csv = new CsvWriter(writer);
            csv.row(COLUMNS);
            for (AccountMapping mapping : mappings) {
                csv.row(Arrays.asList(mapping.getAccount(), mapping.getAccountDescription(), mapping.getCode(),
                        String.join(";", mapping.getAccountTags()), mapping.getStatus().name()));
            }
            writer.flush();
        });
        steps.publish(job, file);
    }

    @Override
    public void abandon(JobContext job, String reason) {
        // Nothing to undo: the file store publishes a file only once it is complete.
    }
}
