/**
 * Account mappings: the façade, its request and read records.
 */
package org.assay.accountmappings.boundary;
