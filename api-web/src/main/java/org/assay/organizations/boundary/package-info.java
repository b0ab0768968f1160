/**
 * The /organizations resource. Thin: parse, call the façade, map the answer.
 */
package org.assay.organizations.boundary;
