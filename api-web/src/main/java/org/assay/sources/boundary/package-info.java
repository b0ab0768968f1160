/**
 * The analysis-sources resource.
 */
package org.assay.sources.boundary;
