/**
 * The organizations façade and its request and read records.
 */
package org.assay.organizations.boundary;
