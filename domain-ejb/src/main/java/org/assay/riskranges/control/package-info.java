/**
 * Plain rules of risk ranges: what makes three bands a valid range, the seeded system default, and the resolved
 * bands a score is classified by. No container, no persistence context.
 */
package org.assay.riskranges.control;
