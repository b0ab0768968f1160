/**
 * The read-only catalogue resources: /libraries, /analysis-types and /analysis-source-types. Thin: parse, call the
 * façade, map the answer.
 */
package org.assay.catalogue.boundary;
