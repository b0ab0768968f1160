/**
 * The async-results resource.
 */
package org.assay.jobs.boundary;
