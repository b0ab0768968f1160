/**
 * Conventions every façade shares: named domain exceptions and their problems, entity stamping and lookup, paged
 * queries. The web tier maps the exceptions to HTTP in one place.
 */
package org.assay.platform.boundary;
