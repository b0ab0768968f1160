package org.assay.accountmappings.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.util.Arrays;
import java.util.List;
import org.assay.accountmappings.entity.AccountMapping;
import org.assay.exports.boundary.FileJob;
import org.assay.jobs.boundary.JobContext;
import org.assay.jobs.entity.AsyncResult;
import org.assay.platform.control.CsvWriter;

/**
 * The {@code ACCOUNT_MAPPING_EXPORT} job: the engagement's account mappings, one CSV row per account in account
 * order, read at once (an engagement has hundreds to a few thousand accounts), into the file result
 * ({@link FileJob}).
 */
@ApplicationScoped
public class AccountMappingExport extends FileJob {

    static final List<String> COLUMNS = List.of("account", "account_description", "code", "account_tags", "status");

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Override
    public AsyncResult.Type type() {
        return AsyncResult.Type.ACCOUNT_MAPPING_EXPORT;
    }

    @Override
    protected void write(JobContext job, JsonObject request, Writer out) {
        // Tags fetched with the mappings: the job runs outside any transaction.
        List<AccountMapping> mappings = em.createQuery("select distinct m from AccountMapping m left join fetch "
                + "m.accountTags where m.engagementId = :engagementId order by m.account", AccountMapping.class)
                .setParameter("engagementId", request.getString("engagementId")).getResultList();
        CsvWriter csv = new CsvWriter(out);
        csv.row(COLUMNS);
        for (AccountMapping mapping : mappings) {
            csv.row(Arrays.asList(mapping.getAccount(), mapping.getAccountDescription(), mapping.getCode(),
                    String.join(";", mapping.getAccountTags()), mapping.getStatus().name()));
        }
    }
}
