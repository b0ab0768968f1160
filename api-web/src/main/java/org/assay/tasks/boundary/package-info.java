/**
 * The {@code /tasks} resource.
 */
package org.assay.tasks.boundary;
