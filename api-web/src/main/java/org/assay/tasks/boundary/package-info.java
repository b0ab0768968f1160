/**
 * Read resources of the tasks component.
 */
package org.assay.tasks.boundary;
