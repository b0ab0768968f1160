/**
 * The risk-ranges façade and its request and read records, the seeding of the system default, and
 * {@link org.assay.riskranges.boundary.RiskRanges}, which tells a scoring run which bands apply to an engagement.
 */
package org.assay.riskranges.boundary;
