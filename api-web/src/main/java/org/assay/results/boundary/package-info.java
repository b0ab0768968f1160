/**
 * Read resources of the results component.
 */
package org.assay.results.boundary;
