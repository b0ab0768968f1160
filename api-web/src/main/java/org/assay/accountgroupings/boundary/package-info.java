/**
 * Read resources of the accountgroupings component.
 */
package org.assay.accountgroupings.boundary;
