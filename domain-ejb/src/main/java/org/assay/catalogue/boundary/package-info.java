/**
 * The read-only catalogue: the façades of libraries, analysis types and analysis source types with their read
 * records, and the startup bean that seeds them.
 */
package org.assay.catalogue.boundary;
