/**
 * The {@code /risk-ranges} resource.
 */
package org.assay.riskranges.boundary;
