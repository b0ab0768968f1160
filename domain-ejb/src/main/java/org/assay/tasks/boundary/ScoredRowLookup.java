package org.assay.tasks.boundary;

import java.util.Optional;
import org.assay.tasks.entity.Task;

/**
 * Finds the scored row a new task is about, in the rows an analysis run wrote: the entry {@code id} (a
 * {@code rowId}) for entry tasks, the transaction {@code id} (a {@code transactionId}) for transaction tasks.
 * Implemented by the results component, which answers 423 ({@link org.assay.platform.boundary.NotReadyException})
 * while the result's rows are still being written.
 */
public interface ScoredRowLookup {

    Optional<ScoredRow> find(String analysisResultId, Task.Type type, long id);
}
