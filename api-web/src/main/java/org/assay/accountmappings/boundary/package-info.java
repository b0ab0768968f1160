/**
 * The account-mappings resource.
 */
package org.assay.accountmappings.boundary;
