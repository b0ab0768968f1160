/**
 * The engagements resource.
 */
package org.assay.engagements.boundary;
