/**
 * Organizations, the root of engagements.
 */
package org.assay.organizations.entity;
