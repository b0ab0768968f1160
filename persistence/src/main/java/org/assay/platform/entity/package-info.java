/**
 * What every persisted API entity shares: ids, optimistic-lock versions and audit stamps. No HTTP, no security
 * here.
 */
package org.assay.platform.entity;
