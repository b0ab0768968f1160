package org.assay.audit.boundary;

import static org.assay.access.control.Permissions.APP_ADMIN;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Writer;
import java.util.List;
import org.assay.audit.control.AuditChain;
import org.assay.audit.entity.AuditEvent;
import org.assay.audit.entity.AuditEventType;
import org.assay.platform.boundary.EntityQueries;
import org.assay.platform.boundary.QueryRequest;
import org.assay.platform.control.CsvWriter;
import org.assay.platform.query.Page;
import org.assay.platform.query.QueryFields;

/** The audit log, for App Admins only: query, export and chain verification (Assay extensions). */
@Stateless
@RolesAllowed(APP_ADMIN)
public class AuditFacade {

    static final QueryFields FIELDS = QueryFields.builder()
            .id("id", "id")
            .string("node", "node")
            .number("sequence", "sequence")
            .dateTime("time", "time")
            .enumeration("type", "type", AuditEventType.class)
            .string("requestId", "requestId")
            .id("userId", "userId")
            .id("tokenId", "tokenId")
            .string("partialToken", "partialToken")
            .string("clientAddress", "clientAddress")
            .string("userAgent", "userAgent")
            .string("method", "method")
            .string("route", "route")
            .string("resourceIds", "resourceIds")
            .number("status", "status")
            .number("latencyMillis", "latencyMillis")
            .string("detail", "detail")
            .build();

    private static final int EXPORT_PAGE = 500;
    private static final int VERIFY_PAGE = 1_000;

    @Inject
    EntityQueries queries;

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    public Page<AuditEventRead> query(QueryRequest request) {
        return queries.page(AuditEvent.class, FIELDS, withDefaultOrder(request), null).map(AuditEventRead::of);
    }

    /** Writes every matching record as CSV (header row first), page by page: never the whole log in memory. */
    public void export(QueryRequest request, Writer out) {
        CsvWriter csv = new CsvWriter(out);
        csv.row(AuditEventRead.COLUMNS);
        QueryRequest ordered = withDefaultOrder(request);
        for (int page = 0; ; page++) {
            Page<AuditEventRead> rows = queries.page(AuditEvent.class, FIELDS,
                    new QueryRequest(ordered.filter(), Integer.toString(page), Integer.toString(EXPORT_PAGE),
                            ordered.sort()), null, EXPORT_PAGE).map(AuditEventRead::of);
            rows.content().forEach(row -> csv.row(row.cells()));
            em.clear();
            if (rows.last() || rows.content().isEmpty()) {
                return;
            }
        }
    }

    /** Recomputes the whole chain and names the first record where it breaks. */
    public AuditChain.Verdict verify() {
        AuditChain.Verifier verifier = new AuditChain.Verifier();
        String node = "";
        long sequence = 0;
        List<AuditEvent> page;
        do {
            page = em.createNamedQuery(AuditEvent.CHAIN_AFTER, AuditEvent.class).setParameter("node", node)
                    .setParameter("sequence", sequence).setMaxResults(VERIFY_PAGE).getResultList();
            for (AuditEvent event : page) {
                if (!verifier.accept(event)) {
                    return verifier.verdict();
                }
                node = event.getNode();
                sequence = event.getSequence();
            }
            em.clear();
        } while (page.size() == VERIFY_PAGE);
        return verifier.verdict();
    }

    /** Oldest first, in chain order, unless the caller sorts otherwise. */
    private static QueryRequest withDefaultOrder(QueryRequest request) {
        List<String> sort = request.sort() == null || request.sort().isEmpty() ? List.of("time,asc", "sequence,asc")
                : request.sort();
        return new QueryRequest(request.filter(), request.page(), request.size(), sort);
    }
}
