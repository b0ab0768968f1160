/**
 * Risk ranges: where a risk score (0–10 000) stops being low and starts being medium or high, per analysis type,
 * for a library or an engagement, with one seeded system default.
 */
package org.assay.riskranges.entity;
