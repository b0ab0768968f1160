package org.assay.results.boundary;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.assay.platform.boundary.NotReadyException;
import org.assay.scoring.control.ControlPoint;
import org.assay.tasks.boundary.ScoredRow;
import org.assay.tasks.boundary.ScoredRowLookup;
import org.assay.tasks.entity.Task;

/**
 * Finds the scored entry or transaction a task is created on, in the rows the analysis run wrote; 423 while the
 * run is still writing them (the official client retries task creation on 423). A task copies the transaction's
 * name and the row's scores: {@code risk} and every control point that scored above 0, by id.
 */
@ApplicationScoped
public class ResultRowLookup implements ScoredRowLookup {

    private static final String SCORES = String.join(", ", Arrays.stream(ControlPoint.values())
            .map(cp -> "s.cp_" + cp.id()).toList());

    @PersistenceContext(unitName = "assay")
    EntityManager em;

    @Resource(lookup = "java:jboss/datasources/AssayDS")
    DataSource database;

    @Override
    public Optional<ScoredRow> find(String analysisResultId, Task.Type type, long id) {
        boolean loading = em.createQuery("select count(t) from DataTable t where t.analysisResultId = :id "
                + "and t.loaded = false", Long.class).setParameter("id", analysisResultId).getSingleResult() > 0;
        if (loading) {
            throw new NotReadyException("ANALYSIS_RESULT", analysisResultId, "the analysis run is still writing "
                    + "this result's rows; try again in a few seconds");
        }
        String sql = Task.isAboutTransaction(type)
                ? "select s.transactionName, s.risk, " + SCORES + " from result_tx s where s.resultId = ? and s.txid = ?"
                : "select j.transactionId, s.risk, " + SCORES + " from result_line s join journal_line j on "
                        + "j.sourceId = s.sourceId and j.rowId = s.sourceRowId where s.resultId = ? and s.rowid = ?";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, analysisResultId);
            query.setLong(2, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Map<String, Integer> scores = new LinkedHashMap<>();
                scores.put("risk", row.getInt(2));
                int column = 3;
                for (ControlPoint cp : ControlPoint.values()) {
                    int score = row.getInt(column++);
                    if (score > 0) {
                        scores.put(cp.id(), score);
                    }
                }
                return Optional.of(new ScoredRow(row.getString(1), scores));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Reading row " + id + " of analysis result " + analysisResultId, e);
        }
    }
}
