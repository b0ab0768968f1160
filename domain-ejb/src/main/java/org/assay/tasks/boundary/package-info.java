/**
 * The tasks façade, its request and read records, and {@link org.assay.tasks.boundary.ScoredRowLookup}, the
 * contract by which the results component tells whether the row a task names exists.
 */
package org.assay.tasks.boundary;
