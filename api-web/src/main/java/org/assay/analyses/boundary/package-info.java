/**
 * The analyses resource.
 */
package org.assay.analyses.boundary;
