package org.assay.adminreports.boundary;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import org.assay.analyses.entity.Analysis;
import org.assay.audit.entity.AuditEvent;
import org.assay.users.entity.User;

/**
 * Reads what the admin reports list, a page at a time, each page in its own short transaction so that a report
 * over a long period holds neither a transaction nor the whole log. Not a caller-facing façade.
 */
@Stateless
public class AdminReportRows {

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    /** One row of the row usage report: a completed analysis run and what it scored. */
    public record AnalysisRun(Instant ranAt, String organizationId, String organizationName, String engagementId,
            String engagementName, String analysisId, String analysisName, String analysisResultId, long lines,
            long transactions, String ranBy) {
    }

    /** Audit records in [start, end) after the given position (time, id), in order. */
    public List<AuditEvent> auditEvents(Instant start, Instant end, Instant afterTime, String afterId, int max) {
        return em.createQuery("select a from AuditEvent a where a.time >= :start and a.time < :end and (a.time > "
                + ":afterTime or (a.time = :afterTime and a.id > :afterId)) order by a.time, a.id", AuditEvent.class)
                .setParameter("start", start).setParameter("end", end).setParameter("afterTime", afterTime)
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    /** Analysis runs scored in [start, end) after the given position, in order. */
    public List<AnalysisRun> analysisRuns(Instant start, Instant end, Instant afterTime, String afterId, int max) {
        return em.createQuery("select new org.assay.adminreports.boundary.AdminReportRows$AnalysisRun("
                + "r.creationDate, o.id, o.name, e.id, e.name, a.id, a.name, r.id, r.lineCount, r.transactionCount, "
                + "r.createdUserInfo.userName) from AnalysisResult r, Analysis a, Engagement e, Organization o "
                + "where a.id = r.analysisId and e.id = r.engagementId and o.id = e.organizationId "
                + "and r.controlPointBundleVersion is not null and r.creationDate >= :start and r.creationDate < :end "
                + "and (r.creationDate > :afterTime or (r.creationDate = :afterTime and r.id > :afterId)) "
                + "order by r.creationDate, r.id", AnalysisRun.class)
                .setParameter("start", start).setParameter("end", end).setParameter("afterTime", afterTime)
                .setParameter("afterId", afterId).setMaxResults(max).getResultList();
    }

    /** The user's display name (e-mail), or null for an unknown or deleted user. */
    public String userName(String userId) {
        User user = userId == null ? null : em.find(User.class, userId);
        return user == null ? null : user.getEmail();
    }

    /** Whether the analysis exists and its latest run completed. */
    public boolean completed(String analysisId) {
        Analysis analysis = em.find(Analysis.class, analysisId);
        return analysis != null && analysis.getStatus() == Analysis.Status.COMPLETED;
    }
}
