package org.assay.tasks.boundary;

import java.util.Optional;
import org.assay.tasks.entity.Task;

/**
 * Finds the scored row a new task is about, in the rows an analysis run wrote: the entry {@code id} (a
 * {@code rowId}) for entry tasks, the transaction {@code id} (a {@code transactionId}) for transaction tasks.
 * Implemented by the component that keeps the results; while none is deployed, tasks are created without the
 * check. An implementation may throw {@link org.assay.platform.boundary.InvalidStateException} while the result's
 * rows are still loading; the task façade lets it through.
 */
public interface ScoredRowLookup {

    Optional<ScoredRow> find(String analysisResultId, Task.Type type, long id);
}
